module.exports = require('../../../../jest.angular.cjs')('dashboard-review-feature', __dirname);
