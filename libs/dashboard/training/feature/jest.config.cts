module.exports = require('../../../../jest.angular.cjs')('dashboard-training', __dirname);
