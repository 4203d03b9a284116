module.exports = require('../../../../jest.angular.cjs')('dashboard-shell', __dirname);
