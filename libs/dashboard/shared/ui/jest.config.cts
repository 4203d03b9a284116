module.exports = require('../../../../jest.angular.cjs')('dashboard-ui', __dirname);
