/** The CDK app (`cdk.json` runs it with tsx): `npm run synth`, `npm run deploy -- -c stage=prod`. */
import { createFactServiceApp } from './factServiceApp.js';

createFactServiceApp().app.synth();
