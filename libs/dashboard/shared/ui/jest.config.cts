module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-ui', __dirname);
