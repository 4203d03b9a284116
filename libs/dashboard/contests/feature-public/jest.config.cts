module.exports = require('../../../../jest.angular.cjs')('dashboard-contests-feature-public', __dirname);
