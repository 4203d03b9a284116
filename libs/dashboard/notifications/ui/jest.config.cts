module.exports = require('../../../../jest.angular.cjs')('dashboard-notifications-ui', __dirname);
