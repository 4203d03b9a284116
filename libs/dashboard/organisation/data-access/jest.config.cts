module.exports = require('../../../../jest.angular.cjs')('dashboard-organisation-data-access', __dirname);
