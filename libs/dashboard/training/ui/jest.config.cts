module.exports = require('../../../../jest.angular.cjs')('dashboard-training-ui', __dirname);
