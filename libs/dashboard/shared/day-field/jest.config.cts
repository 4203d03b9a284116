module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-day-field', __dirname);
