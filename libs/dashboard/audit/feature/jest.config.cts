module.exports = require('../../../../jest.angular.cjs')('dashboard-audit-feature', __dirname);
