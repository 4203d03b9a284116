module.exports = require('../../../../jest.angular.cjs')('dashboard-training-data-access', __dirname);
