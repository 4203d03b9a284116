module.exports = require('../../../../jest.angular.cjs')('dashboard-admin', __dirname);
