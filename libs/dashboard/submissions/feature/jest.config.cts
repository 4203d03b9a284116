module.exports = require('../../../../jest.angular.cjs')('dashboard-submissions-feature', __dirname);
