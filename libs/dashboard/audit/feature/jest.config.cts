module.exports = require('../../../../jest.angular.cjs')('dashboard-audit', __dirname);
