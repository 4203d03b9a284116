module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-pickers', __dirname);
