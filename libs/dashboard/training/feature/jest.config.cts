module.exports = require('../../../../jest.angular.cjs')('dashboard-training-feature', __dirname);
