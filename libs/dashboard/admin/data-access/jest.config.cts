module.exports = require('../../../../jest.angular.cjs')('dashboard-admin-data-access', __dirname);
