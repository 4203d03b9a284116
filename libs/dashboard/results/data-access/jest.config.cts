module.exports = require('../../../../jest.angular.cjs')('dashboard-results-data-access', __dirname);
