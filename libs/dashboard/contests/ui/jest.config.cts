module.exports = require('../../../../jest.angular.cjs')('dashboard-contests-ui', __dirname);
