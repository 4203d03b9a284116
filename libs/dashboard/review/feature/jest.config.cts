module.exports = require('../../../../jest.angular.cjs')('dashboard-review', __dirname);
