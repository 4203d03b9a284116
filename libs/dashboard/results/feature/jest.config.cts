module.exports = require('../../../../jest.angular.cjs')('dashboard-results-feature', __dirname);
