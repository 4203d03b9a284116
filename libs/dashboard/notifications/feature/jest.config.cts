module.exports = require('../../../../jest.angular.cjs')('dashboard-notifications-feature', __dirname);
