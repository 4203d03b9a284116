module.exports = require('../../../../jest.angular.cjs')('dashboard-contests-admin', __dirname);
