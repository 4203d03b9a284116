module.exports = require('../../../../jest.angular.cjs')('dashboard-results', __dirname);
