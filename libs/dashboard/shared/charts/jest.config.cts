module.exports = require('../../../../jest.angular.cjs')('dashboard-charts', __dirname);
