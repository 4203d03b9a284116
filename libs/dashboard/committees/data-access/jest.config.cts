module.exports = require('../../../../jest.angular.cjs')('dashboard-committees-data-access', __dirname);
