module.exports = require('../../../../jest.angular.cjs')('dashboard-contests-data-access', __dirname);
