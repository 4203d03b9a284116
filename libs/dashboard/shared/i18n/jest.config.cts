module.exports = require('../../../../jest.angular.cjs')('dashboard-shared-i18n', __dirname);
