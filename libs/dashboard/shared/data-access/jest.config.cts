module.exports = require('../../../../jest.angular.cjs')('dashboard-data-access', __dirname);
