module.exports = require('../../../../jest.angular.cjs')('dashboard-contests-feature-admin', __dirname);
