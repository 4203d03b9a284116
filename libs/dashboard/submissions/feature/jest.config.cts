module.exports = require('../../../../jest.angular.cjs')('dashboard-submissions', __dirname);
