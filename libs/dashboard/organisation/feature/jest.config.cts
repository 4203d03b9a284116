module.exports = require('../../../../jest.angular.cjs')('dashboard-organisation', __dirname);
