module.exports = require('../../../../jest.angular.cjs')('dashboard-i18n', __dirname);
