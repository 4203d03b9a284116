module.exports = require('../../../../jest.angular.cjs')('dashboard-auth', __dirname);
