module.exports = require('../../../../jest.angular.cjs')('dashboard-shell-feature', __dirname);
