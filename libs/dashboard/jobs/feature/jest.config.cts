module.exports = require('../../../../jest.angular.cjs')('dashboard-jobs-feature', __dirname);
