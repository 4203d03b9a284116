module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-data-access', __dirname);
