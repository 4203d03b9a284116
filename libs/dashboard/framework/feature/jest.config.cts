module.exports = require('../../../../jest.angular.cjs')('dashboard-framework-feature', __dirname);
