module.exports = require('../../../../jest.angular.cjs')('dashboard-notifications-data-access', __dirname);
