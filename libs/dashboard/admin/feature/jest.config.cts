module.exports = require('../../../../jest.angular.cjs')('dashboard-admin-feature', __dirname);
