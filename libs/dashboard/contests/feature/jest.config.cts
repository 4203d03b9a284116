module.exports = require('../../../../jest.angular.cjs')('dashboard-contests', __dirname);
