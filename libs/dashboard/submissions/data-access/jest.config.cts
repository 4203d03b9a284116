module.exports = require('../../../../jest.angular.cjs')('dashboard-submissions-data-access', __dirname);
