module.exports = require('../../../../jest.angular.cjs')('dashboard-framework', __dirname);
