module.exports = require('../../../../jest.angular.cjs')('dashboard-organisation-feature', __dirname);
