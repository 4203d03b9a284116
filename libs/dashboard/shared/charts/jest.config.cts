module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-charts', __dirname);
