module.exports = require('../../../../jest.angular.cjs')('dashboard-audit-data-access', __dirname);
