module.exports = require('../../../../jest.angular.cjs')('dashboard-committees-feature', __dirname);
