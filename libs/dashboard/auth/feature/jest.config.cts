module.exports = require('../../../../jest.angular.cjs')('dashboard-auth-feature', __dirname);
