import angular from '../../../../eslint.angular.mjs';

export default angular;
