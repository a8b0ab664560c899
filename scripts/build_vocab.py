# ruff: noqa: E501  (the data tables below are one entry per line)
"""Build the hand-authored vocabularies used by the profile parser.

Writes sourcing/parsing/data/skills.jsonl and sourcing/parsing/data/schools.jsonl from the
tables below (original data, written by hand).

Table format, one entry per line, fields separated by "|":
  skills:  id | label_en | label_fr | parent | aliases | aliases_cased
  schools: id | name | full_name | city | country | aliases | aliases_cased
"## <category>" (skills) or "## <kind>" (schools) headers set the category or kind of the
lines below them. Empty label_fr / full_name means "same as label_en / name"; empty
parent means null; an empty city (written "") means a multi-campus institution without a
single seat, an empty country one without a single home country.
Aliases are separated by ";" and written in lowercase; the builder adds accent-free and
hyphen-free variants (and "st" for "saint" in school names) of aliases and labels, and for
skills the hyphen-joined tag spellings ("machine-learning") plus the id when it is hyphenated.

Run: python scripts/build_vocab.py  (then python scripts/check_vocab.py)
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "sourcing" / "parsing" / "data"

# --------------------------------------------------------------------------------------
# Skills
# --------------------------------------------------------------------------------------

SKILLS = r"""
## programming_language
python | Python | | | python3; python 3; py3; python2; cpython |
java | Java | | | java 8; java 11; java 17; java 21; j2ee; jee; java ee; jakarta ee; core java |
kotlin | Kotlin | | | |
go | Go | | | golang; go lang | Go
rust | Rust | | | rustlang; rust lang |
c | C | | | langage c; c language; ansi c; c99; c11; c programming | C
cpp | C++ | | | c++; cplusplus; cpp; c++11; c++14; c++17; c++20; modern c++ |
csharp | C# | | | c#; csharp; c sharp |
javascript | JavaScript | | | js; ecmascript; es6; es2015; vanilla js; vanillajs |
typescript | TypeScript | | | |
php | PHP | | | php7; php 7; php8; php 8 |
ruby | Ruby | | | | Ruby
swift | Swift | | | swift 5 |
objective-c | Objective-C | | | objective c; objc; obj-c |
scala | Scala | | | |
elixir | Elixir | | | |
erlang | Erlang | | | erlang/otp |
haskell | Haskell | | | |
ocaml | OCaml | | | |
fsharp | F# | | | f#; fsharp |
clojure | Clojure | | | clojurescript |
elm | Elm | | | elm lang; elm-lang |
r | R | | | langage r; r language; r programming; rstudio; tidyverse | R
julia | Julia | | | julialang; julia lang | Julia
matlab | MATLAB | | | |
perl | Perl | | | |
lua | Lua | | | |
dart | Dart | | | |
bash | Bash | | | shell scripting; shell unix; shell bash; scripting shell; script shell; unix shell; zsh |
powershell | PowerShell | | | |
groovy | Groovy | | | |
fortran | Fortran | | | fortran 90 |
cobol | COBOL | | | |
assembly | Assembly language | Assembleur | | assembleur; asm; assembly; x86 assembly |
vba | VBA | | | visual basic for applications; excel vba; macros vba; macros excel |
solidity | Solidity | | | |
zig | Zig | | | ziglang |
abap | ABAP | | sap | |
apex | Salesforce Apex | | salesforce | | Apex
prolog | Prolog | | | |
ada | Ada | | | ada language; spark ada | Ada
delphi | Delphi | | | object pascal |
visual-basic-net | Visual Basic .NET | | dotnet | vb.net; visual basic .net |

## frontend
html | HTML | | | html5; html 5 |
css | CSS | | | css3; css 3 |
sass | Sass | | css | scss |
react | React | | javascript | react.js; reactjs; react js; react 18 |
vuejs | Vue.js | | javascript | vue; vue.js; vuejs; vue 3; vue3; vue js |
angular | Angular | | typescript | angular 2+; angular2 |
angularjs | AngularJS | | javascript | angular.js; angular js |
svelte | Svelte | | javascript | |
sveltekit | SvelteKit | | svelte | |
next-js | Next.js | | react | next.js; nextjs; next js |
nuxt | Nuxt | | vuejs | nuxt.js; nuxtjs |
gatsby | Gatsby | | react | gatsbyjs |
solidjs | SolidJS | | javascript | solid.js |
tailwind | Tailwind CSS | | css | tailwind css; tailwindcss; tailwind |
bootstrap | Bootstrap | | css | |
jquery | jQuery | | javascript | |
redux | Redux | | react | redux toolkit |
webpack | Webpack | | javascript | |
vite | Vite | | javascript | vitejs; vite.js |
storybook | Storybook | | | |
mui | Material UI | | react | material-ui; mui |
threejs | Three.js | | javascript | three.js |
d3js | D3.js | | javascript | d3.js; d3 |
rxjs | RxJS | | javascript | |
htmx | htmx | | | |
web-components | Web Components | | javascript | |
micro-frontends | Micro-frontends | | | micro-frontend; microfrontends; micro frontends |
webassembly | WebAssembly | | | wasm |
web-accessibility | Web accessibility | Accessibilité numérique | | accessibilité; accessibilité web; a11y; rgaa; wcag |
pwa | Progressive web apps | | | pwa; progressive web app |
responsive-design | Responsive design | | | responsive; responsive web design |
frontend-development | Front-end development | Développement front-end | web-development | front-end; frontend; front end; développement front; développement frontend; frontend development |
computer-graphics | Computer graphics | Informatique graphique | | synthèse d'images; rendu 3d; 3d rendering |
opengl | OpenGL | | computer-graphics | glsl |
vulkan | Vulkan | | computer-graphics | |
webgl | WebGL | | computer-graphics | |
ar-vr | AR/VR | Réalité virtuelle et augmentée | | réalité virtuelle; réalité augmentée; virtual reality; augmented reality; réalité mixte; mixed reality; xr; ar/vr; vr/ar | VR; AR

## backend
web-development | Web development | Développement web | | web dev; développement de sites web |
backend-development | Back-end development | Développement back-end | web-development | back-end; backend; back end; développement backend; développement back; backend development |
fullstack | Full-stack development | Développement full-stack | web-development | full stack; full-stack; fullstack; développement fullstack |
nodejs | Node.js | | javascript | node.js; node; nodejs; node js |
express | Express | | nodejs | express.js; expressjs | Express
nestjs | NestJS | | nodejs | nest.js; nestjs; nest js |
fastify | Fastify | | nodejs | |
strapi | Strapi | | nodejs | |
deno | Deno | | javascript | |
bun | Bun.js | | javascript | bunjs | Bun
django | Django | | python | |
django-rest-framework | Django REST framework | | django | drf; django rest |
flask | Flask | | python | |
fastapi | FastAPI | | python | fast api |
celery | Celery | | python | |
spring | Spring | | java | spring framework; spring mvc | Spring
spring-boot | Spring Boot | | spring | spring boot; springboot |
hibernate | Hibernate | | java | jpa; hibernate orm |
quarkus | Quarkus | | java | |
micronaut | Micronaut | | java | |
vertx | Vert.x | | java | vert.x; vertx |
ktor | Ktor | | kotlin | |
rails | Ruby on Rails | | ruby | ruby on rails; ror | Rails
symfony | Symfony | | php | |
laravel | Laravel | | php | |
codeigniter | CodeIgniter | | php | |
drupal | Drupal | | php | |
wordpress | WordPress | | php | |
magento | Magento | | php | adobe commerce |
prestashop | PrestaShop | | php | |
dotnet | .NET | | | .net; dotnet; .net core; asp.net; asp.net core; dot net; .net framework; dotnet core |
entity-framework | Entity Framework | | dotnet | ef core; entity framework core |
blazor | Blazor | | dotnet | |
gin | Gin | | go | gin gonic; gin-gonic | Gin
actix | Actix | | rust | actix-web; actix web |
tokio | Tokio | | rust | |
phoenix | Phoenix framework | | elixir | phoenix framework | Phoenix
play-framework | Play Framework | | scala | |
akka | Akka | | scala | |
graphql | GraphQL | | | graph ql; apollo graphql |
api-rest | REST APIs | API REST | | rest api; api rest; restful; rest apis; apis rest; api restful; restful api; restful apis; web services rest | REST
grpc | gRPC | | | protobuf; protocol buffers |
soap | SOAP web services | Services web SOAP | | soap api; wsdl | SOAP
openapi | OpenAPI | | api-rest | swagger; openapi specification |
websockets | WebSockets | | | websocket; web sockets; socket.io |
microservices | Microservices | | software-architecture | micro-services; microservice; micro-service; architecture microservices; microservices architecture |
message-queues | Message queues | Files de messages | | message queue; message broker; file de messages |
rabbitmq | RabbitMQ | | message-queues | |
jwt | JWT | | | json web token; json web tokens |
mulesoft | MuleSoft | | | |
blockchain | Blockchain | | | web3; dlt; distributed ledger |
ethereum | Ethereum | | blockchain | |
smart-contracts | Smart contracts | | blockchain | smart contract; contrats intelligents |
sqlalchemy | SQLAlchemy | | python | |
prisma | Prisma | | nodejs | prisma orm |

## library
pydantic | Pydantic | | python | |
numpy | NumPy | | python | |
scipy | SciPy | | python | |
pandas | pandas | | python | |
polars | Polars | | python | |
dask | Dask | | python | |
matplotlib | Matplotlib | | python | |
seaborn | Seaborn | | python | |
plotly | Plotly | | python | plotly dash |
streamlit | Streamlit | | python | |
beautifulsoup | Beautiful Soup | | web-scraping | beautifulsoup; bs4 |
scrapy | Scrapy | | web-scraping | |
spacy | spaCy | | nlp | |
nltk | NLTK | | nlp | |
opencv | OpenCV | | computer-vision | open cv; opencv-python |
boost | Boost C++ | | cpp | boost c++ libraries | Boost
qt | Qt | | cpp | qt5; qt6; pyqt | Qt

## database
databases | Databases | Bases de données | | bases de données; base de données; sgbd; sgbdr; rdbms; relational databases; bases de données relationnelles; database management |
database-design | Database design | Conception de bases de données | databases | modélisation de bases de données; database modeling; schema design |
sql | SQL | | databases | langage sql; sql queries; requêtes sql; ansi sql |
postgresql | PostgreSQL | | sql | postgres; psql; pgsql; postgre; plpgsql; pl/pgsql |
mysql | MySQL | | sql | |
mariadb | MariaDB | | sql | |
sqlite | SQLite | | sql | |
oracle-db | Oracle Database | | sql | oracle database; oracle db; oracle 19c; oracle 12c; base oracle; oracle sql | Oracle
sql-server | SQL Server | | sql | mssql; ms sql; microsoft sql server; ms sql server |
plsql | PL/SQL | | oracle-db | pl/sql; pl sql; plsql |
tsql | T-SQL | | sql-server | t-sql; transact-sql; tsql |
db2 | IBM Db2 | | sql | db2; ibm db2 |
nosql | NoSQL | | databases | no sql; no-sql; bases nosql |
mongodb | MongoDB | | nosql | mongo; mongo db |
redis | Redis | | nosql | |
cassandra | Apache Cassandra | | nosql | cassandra |
graph-databases | Graph databases | Bases de données orientées graphe | nosql | graph database; base de données graphe; bases de données graphe |
neo4j | Neo4j | | graph-databases | cypher |
dynamodb | DynamoDB | | nosql | dynamo db; amazon dynamodb |
elasticsearch | Elasticsearch | | | elastic search |
opensearch | OpenSearch | | | |
solr | Apache Solr | | | solr |
algolia | Algolia | | | |
clickhouse | ClickHouse | | | |
influxdb | InfluxDB | | | |
timescaledb | TimescaleDB | | postgresql | |
memcached | Memcached | | | |
supabase | Supabase | | postgresql | |
duckdb | DuckDB | | | |
postgis | PostGIS | | postgresql | |
pgvector | pgvector | | vector-databases | |
vector-databases | Vector databases | Bases de données vectorielles | | vector database; vector db; base vectorielle; bases vectorielles; base de données vectorielle |
pinecone | Pinecone | | vector-databases | |
qdrant | Qdrant | | vector-databases | |
weaviate | Weaviate | | vector-databases | |
milvus | Milvus | | vector-databases | |
chromadb | ChromaDB | | vector-databases | chroma db |

## cloud
cloud-computing | Cloud computing | | | cloud; informatique en nuage; cloud native; cloud-native |
aws | AWS | | cloud-computing | amazon web services; aws cloud |
gcp | Google Cloud Platform | | cloud-computing | google cloud; google cloud platform; gcp |
azure | Microsoft Azure | | cloud-computing | azure; microsoft azure; azure cloud |
oracle-cloud | Oracle Cloud | | cloud-computing | oci; oracle cloud infrastructure |
aws-lambda | AWS Lambda | | aws | aws lambda; lambda functions |
amazon-s3 | Amazon S3 | | aws | aws s3; amazon s3 |
amazon-ec2 | Amazon EC2 | | aws | ec2; aws ec2 |
aws-ecs | Amazon ECS | | aws | ecs; aws ecs; fargate |
aws-eks | Amazon EKS | | aws | eks; aws eks |
aws-glue | AWS Glue | | aws | |
gke | Google Kubernetes Engine | | gcp | gke |
cloud-run | Google Cloud Run | | gcp | cloud run |
firebase | Firebase | | gcp | |
azure-functions | Azure Functions | | azure | |
aks | Azure Kubernetes Service | | azure | aks |
ovhcloud | OVHcloud | | cloud-computing | ovh; ovh cloud |
scaleway | Scaleway | | cloud-computing | |
heroku | Heroku | | cloud-computing | |
vercel | Vercel | | cloud-computing | |
netlify | Netlify | | cloud-computing | |
cloudflare | Cloudflare | | | cloudflare workers |
digitalocean | DigitalOcean | | cloud-computing | digital ocean |
openstack | OpenStack | | cloud-computing | |
serverless | Serverless | | cloud-computing | serverless architecture; faas; function as a service |

## devops
devops | DevOps | | | dev ops |
sre | Site reliability engineering | | devops | sre; site reliability |
containers | Containerization | Conteneurisation | devops | containers; conteneurs; containerisation; conteneurisation |
docker | Docker | | containers | dockerfile |
docker-compose | Docker Compose | | docker | docker-compose |
podman | Podman | | containers | |
kubernetes | Kubernetes | | containers | k8s; kube; k3s |
helm | Helm | | kubernetes | helm charts |
openshift | OpenShift | | kubernetes | red hat openshift |
istio | Istio | | kubernetes | service mesh |
argocd | Argo CD | | gitops | argocd; argo cd; argo workflows |
gitops | GitOps | | devops | |
infrastructure-as-code | Infrastructure as Code | | devops | iac; infra as code |
terraform | Terraform | | infrastructure-as-code | terragrunt; hcl |
pulumi | Pulumi | | infrastructure-as-code | |
cloudformation | AWS CloudFormation | | infrastructure-as-code | cloudformation |
configuration-management | Configuration management | Gestion de configuration | devops | gestion de configuration; gestion des configurations |
ansible | Ansible | | configuration-management | |
puppet | Puppet | | configuration-management | | Puppet
chef | Chef | | configuration-management | chef infra | Chef
saltstack | SaltStack | | configuration-management | salt stack |
vagrant | Vagrant | | | |
ci-cd | CI/CD | | devops | ci/cd; ci cd; cicd; intégration continue; continuous integration; déploiement continu; continuous deployment; continuous delivery; livraison continue |
jenkins | Jenkins | | ci-cd | |
gitlab-ci | GitLab CI | | ci-cd | gitlab ci; gitlab ci/cd; gitlab pipelines |
github-actions | GitHub Actions | | ci-cd | |
circleci | CircleCI | | ci-cd | |
travis-ci | Travis CI | | ci-cd | travisci |
azure-devops | Azure DevOps | | ci-cd | vsts; azure pipelines |
teamcity | TeamCity | | ci-cd | |
git | Git | | | |
gitflow | Git flow | | git | gitflow |
github | GitHub | | git | |
gitlab | GitLab | | git | |
bitbucket | Bitbucket | | git | |
svn | Subversion | | | svn |
linux | Linux | | | gnu/linux; administration linux |
unix | Unix | | | |
ubuntu | Ubuntu | | linux | |
red-hat | Red Hat Enterprise Linux | | linux | rhel; red hat; redhat; centos; rocky linux |
debian | Debian | | linux | |
windows-server | Windows Server | | | |
system-administration | System administration | Administration système | | administration système; administration systèmes; sysadmin; admin sys; adminsys; administration systèmes et réseaux |
computer-networks | Computer networking | Réseaux informatiques | | réseau informatique; administration réseau; administration réseaux; network administration; tcp/ip; lan/wan; network engineering |
cisco | Cisco | | computer-networks | ccna; ccnp; cisco ios |
virtualization | Virtualization | Virtualisation | | virtualisation; hyperviseur; hypervisor |
vmware | VMware | | virtualization | vsphere; esxi |
hyper-v | Hyper-V | | virtualization | |
proxmox | Proxmox | | virtualization | |
nginx | Nginx | | | |
apache-httpd | Apache HTTP Server | | | apache httpd; apache http server; apache2; httpd |
haproxy | HAProxy | | | |
traefik | Traefik | | | |
observability | Observability | Observabilité | devops | monitoring; observabilité |
prometheus | Prometheus | | observability | |
grafana | Grafana | | observability | |
datadog | Datadog | | observability | |
new-relic | New Relic | | observability | newrelic |
sentry | Sentry | | observability | |
elk | ELK Stack | | observability | elk; elastic stack |
kibana | Kibana | | elk | |
logstash | Logstash | | elk | |
opentelemetry | OpenTelemetry | | observability | otel |
nagios | Nagios | | observability | |
zabbix | Zabbix | | observability | |
devsecops | DevSecOps | | devops | |
maven | Maven | | java | apache maven |
gradle | Gradle | | java | |
cmake | CMake | | cpp | |
npm | npm | | nodejs | yarn; pnpm |
bazel | Bazel | | | |

## data
data-engineering | Data engineering | Ingénierie des données | | data engineering; ingénierie des données; ingénierie de données |
data-science | Data science | Science des données | | data science; science des données; datascience |
data-analysis | Data analysis | Analyse de données | | analyse de données; analyse des données; data analysis; data analytics |
big-data | Big data | Mégadonnées | | mégadonnées |
data-pipelines | Data pipelines | Pipelines de données | data-engineering | data pipeline; pipeline de données |
etl | ETL | | data-engineering | elt; etl/elt; extract transform load |
apache-spark | Apache Spark | | big-data | spark; pyspark; spark sql; spark streaming |
hadoop | Hadoop | | big-data | apache hadoop; hdfs; mapreduce; map reduce |
hive | Apache Hive | | hadoop | hive; hiveql |
flink | Apache Flink | | big-data | flink |
apache-beam | Apache Beam | | big-data | |
airflow | Apache Airflow | | data-pipelines | airflow |
dagster | Dagster | | data-pipelines | |
prefect | Prefect | | data-pipelines | |
dbt | dbt | | data-engineering | data build tool; dbt core; dbt cloud |
kafka | Apache Kafka | | | kafka; kafka streams; confluent |
databricks | Databricks | | apache-spark | |
snowflake | Snowflake | | data-warehouse | |
bigquery | BigQuery | | gcp | big query; google bigquery |
redshift | Amazon Redshift | | aws | redshift; aws redshift |
azure-synapse | Azure Synapse | | azure | synapse analytics; azure synapse analytics |
azure-data-factory | Azure Data Factory | | azure | data factory |
data-warehouse | Data warehousing | Entrepôt de données | | data warehouse; entrepôt de données; entrepôts de données; datawarehouse; dwh |
data-lake | Data lake | Lac de données | | datalake; lakehouse; data lakehouse |
data-mesh | Data mesh | | | |
data-modeling | Data modeling | Modélisation de données | | modélisation des données; data modelling; star schema; schéma en étoile; dimensional modeling |
data-governance | Data governance | Gouvernance des données | | gouvernance de la donnée |
data-quality | Data quality | Qualité des données | | qualité de la donnée |
master-data-management | Master data management | Gestion des données de référence | | données de référence; référentiel de données |
data-visualization | Data visualization | Visualisation de données | | dataviz; data viz; data visualisation; visualisation des données |
business-intelligence | Business intelligence | Informatique décisionnelle | | décisionnel | BI
power-bi | Power BI | | business-intelligence | powerbi; microsoft power bi; dax |
tableau | Tableau | | business-intelligence | tableau software; tableau desktop | Tableau
looker | Looker | | business-intelligence | |
looker-studio | Looker Studio | | business-intelligence | google data studio; data studio |
qlik | Qlik | | business-intelligence | qlik sense; qlikview; qliksense |
metabase | Metabase | | business-intelligence | |
superset | Apache Superset | | business-intelligence | superset |
ssis | SSIS | | sql-server | sql server integration services |
talend | Talend | | etl | |
informatica | Informatica | | etl | |
fivetran | Fivetran | | etl | |
airbyte | Airbyte | | etl | |
nifi | Apache NiFi | | etl | nifi |
statistics | Statistics | Statistiques | | statistique; statistical analysis; analyse statistique; statistiques appliquées |
sas | SAS | | statistics | sas base; sas enterprise guide; sas programming | SAS
spss | SPSS | | statistics | ibm spss |
stata | Stata | | statistics | |
jupyter | Jupyter | | python | jupyter notebook; jupyter notebooks; jupyterlab |
operations-research | Operations research | Recherche opérationnelle | | optimisation combinatoire; combinatorial optimization; linear programming; programmation linéaire; mathematical optimization |
data-mining | Data mining | Exploration de données | | fouille de données |
web-scraping | Web scraping | | | scraping; webscraping; crawling |
gis | GIS | Systèmes d'information géographique | | système d'information géographique; geographic information system; geographic information systems; géomatique | SIG
qgis | QGIS | | gis | |
arcgis | ArcGIS | | gis | |
hpc | High-performance computing | Calcul haute performance | | hpc; calcul haute performance; high performance computing; calcul intensif; supercomputing |
mpi | MPI | | hpc | open mpi; openmpi | MPI
openmp | OpenMP | | hpc | |
scientific-computing | Scientific computing | Calcul scientifique | | numerical methods; méthodes numériques; analyse numérique; numerical analysis |
numerical-simulation | Numerical simulation | Simulation numérique | | modélisation numérique; numerical modeling; numerical modelling |
bioinformatics | Bioinformatics | Bio-informatique | | bioinformatique; bio-informatics; computational biology |

## ai_ml
artificial-intelligence | Artificial intelligence | Intelligence artificielle | | | AI; IA
machine-learning | Machine learning | Apprentissage automatique | artificial-intelligence | apprentissage automatique; machine learning; apprentissage machine; apprentissage statistique; statistical learning | ML
deep-learning | Deep learning | Apprentissage profond | machine-learning | deep learning; apprentissage profond; réseaux de neurones; neural networks; réseaux neuronaux |
nlp | Natural language processing | Traitement automatique du langage | artificial-intelligence | natural language processing; traitement automatique du langage; traitement automatique des langues; traitement du langage naturel; traitement automatique du langage naturel | NLP; TAL
computer-vision | Computer vision | Vision par ordinateur | artificial-intelligence | computer vision; vision par ordinateur; vision artificielle |
image-processing | Image processing | Traitement d'images | | traitement d'images; traitement d'image; traitement de l'image; image analysis; analyse d'images |
mlops | MLOps | | machine-learning | ml ops; mlops; machine learning operations |
generative-ai | Generative AI | IA générative | artificial-intelligence | genai; gen ai; intelligence artificielle générative |
llm | Large language models | Grands modèles de langage | generative-ai | llms; large language models; large language model; grand modèle de langage; modèles de langage | LLM
prompt-engineering | Prompt engineering | | llm | prompting; ingénierie de prompt; prompt design |
rag | Retrieval-augmented generation | | llm | retrieval augmented generation | RAG
ai-agents | AI agents | Agents IA | llm | agentic ai; llm agents; agents autonomes |
fine-tuning | Fine-tuning | | deep-learning | fine tuning; finetuning; peft; qlora | LoRA
langchain | LangChain | | llm | langgraph |
llamaindex | LlamaIndex | | llm | llama index; llama-index |
openai-api | OpenAI API | | llm | openai; gpt-4; gpt-3; chatgpt; gpt-4o |
hugging-face | Hugging Face | | deep-learning | huggingface; hugging face transformers; transformers library; hf transformers |
pytorch | PyTorch | | machine-learning | torch; pytorch lightning |
tensorflow | TensorFlow | | machine-learning | tensorflow 2 |
keras | Keras | | tensorflow | |
jax | JAX | | machine-learning | |
scikit-learn | scikit-learn | | machine-learning | sklearn; scikit learn; scikitlearn |
xgboost | XGBoost | | machine-learning | |
lightgbm | LightGBM | | machine-learning | |
catboost | CatBoost | | machine-learning | |
mlflow | MLflow | | mlops | |
kubeflow | Kubeflow | | mlops | |
wandb | Weights & Biases | | mlops | wandb; weights and biases; w&b |
dvc | DVC | | mlops | data version control |
sagemaker | Amazon SageMaker | | aws | sagemaker; aws sagemaker |
vertex-ai | Vertex AI | | gcp | google vertex ai |
azure-ml | Azure Machine Learning | | azure | azure ml; azureml |
yolo | YOLO | | computer-vision | yolov5; yolov8 | YOLO
cuda | CUDA | | | gpu programming; programmation gpu; cuda c |
tensorrt | TensorRT | | cuda | |
onnx | ONNX | | machine-learning | onnx runtime |
reinforcement-learning | Reinforcement learning | Apprentissage par renforcement | machine-learning | deep reinforcement learning | RL
time-series | Time series analysis | Analyse de séries temporelles | data-science | time series; séries temporelles; time-series; time series forecasting; prévision de séries temporelles |
recommender-systems | Recommender systems | Systèmes de recommandation | machine-learning | recommendation systems; moteur de recommandation; moteurs de recommandation |
speech-recognition | Speech recognition | Reconnaissance vocale | nlp | reconnaissance de la parole; speech-to-text; speech to text | ASR
anomaly-detection | Anomaly detection | Détection d'anomalies | machine-learning | |
feature-engineering | Feature engineering | | machine-learning | |
causal-inference | Causal inference | Inférence causale | statistics | causalité |

## mobile
mobile-development | Mobile development | Développement mobile | | mobile development; mobile apps; applications mobiles; application mobile; développement d'applications mobiles |
ios | iOS | | mobile-development | ios development; développement ios |
android | Android | | mobile-development | android sdk; android development; développement android |
flutter | Flutter | | dart | |
react-native | React Native | | react | react-native; reactnative |
swiftui | SwiftUI | | swift | |
uikit | UIKit | | ios | |
jetpack-compose | Jetpack Compose | | android | |
kotlin-multiplatform | Kotlin Multiplatform | | kotlin | kmp; kmm; kotlin multiplatform mobile |
xamarin | Xamarin | | dotnet | |
maui | .NET MAUI | | dotnet | .net maui; maui |
ionic | Ionic | | mobile-development | |
cordova | Apache Cordova | | mobile-development | cordova; phonegap |

## embedded
embedded-systems | Embedded systems | Systèmes embarqués | | embedded; systèmes embarqués; embarqué; système embarqué; informatique embarquée; logiciel embarqué; embedded software |
embedded-c | Embedded C | C embarqué | c | c embarqué |
embedded-linux | Embedded Linux | Linux embarqué | embedded-systems | linux embarqué |
yocto | Yocto | | embedded-linux | yocto project |
buildroot | Buildroot | | embedded-linux | |
rtos | RTOS | | embedded-systems | real-time operating system; système temps réel; systèmes temps réel; real-time systems; os temps réel |
freertos | FreeRTOS | | rtos | |
zephyr | Zephyr RTOS | | rtos | zephyr |
microcontrollers | Microcontrollers | Microcontrôleurs | embedded-systems | microcontroller; microcontrôleur; microcontroleur; mcu |
stm32 | STM32 | | microcontrollers | |
arm | ARM | | microcontrollers | arm cortex; cortex-m; arm cortex-m | ARM
arduino | Arduino | | microcontrollers | |
raspberry-pi | Raspberry Pi | | | raspberry |
esp32 | ESP32 | | microcontrollers | |
fpga | FPGA | | | xilinx; altera; vivado; quartus |
vhdl | VHDL | | fpga | |
verilog | Verilog | | fpga | |
systemverilog | SystemVerilog | | verilog | |
asic | ASIC | | | asic design; conception asic |
autosar | AUTOSAR | | embedded-systems | |
can-bus | CAN bus | | embedded-systems | bus can; canopen |
firmware | Firmware | Micrologiciel | embedded-systems | micrologiciel |
electronics | Electronics | Électronique | | électronique analogique; électronique numérique; analog electronics; digital electronics |
pcb-design | PCB design | Conception de PCB | electronics | pcb; conception pcb; conception de cartes électroniques; routage pcb; circuit imprimé |
altium | Altium Designer | | pcb-design | altium |
kicad | KiCad | | pcb-design | |
signal-processing | Signal processing | Traitement du signal | | dsp; digital signal processing; traitement numérique du signal |
robotics | Robotics | Robotique | | |
ros | ROS | | robotics | robot operating system; ros2; ros 2 | ROS
iot | Internet of Things | Internet des objets | | iot; objets connectés |
mqtt | MQTT | | iot | |
lorawan | LoRaWAN | | iot | lora wan | LoRa
bluetooth-le | Bluetooth Low Energy | | iot | bluetooth; bluetooth le | BLE
plc | PLC programming | Automates programmables | | automates programmables; automate programmable; automatisme; automatismes; siemens step 7; tia portal | PLC
scada | SCADA | | plc | |
simulink | Simulink | | matlab | |
labview | LabVIEW | | | |
control-systems | Control systems | Automatique | | control theory; control engineering; asservissement; asservissements; commande des systèmes; automatique et contrôle |
mechatronics | Mechatronics | Mécatronique | | |

## security
cybersecurity | Cybersecurity | Cybersécurité | | cyber security; cyber-sécurité; sécurité informatique; it security; information security; sécurité des systèmes d'information; ssi; infosec; sécurité de l'information |
pentest | Penetration testing | Tests d'intrusion | cybersecurity | pentest; pentesting; test d'intrusion; tests de pénétration; ethical hacking; hacking éthique; red team; red teaming |
siem | SIEM | | cybersecurity | |
soc | Security operations center | | cybersecurity | security operations centre; centre des opérations de sécurité | SOC
application-security | Application security | Sécurité applicative | cybersecurity | appsec; secure coding; développement sécurisé; sast; dast |
owasp | OWASP | | application-security | owasp top 10 |
iam | Identity and access management | Gestion des identités et des accès | cybersecurity | iam; gestion des identités; identity management |
oauth | OAuth | | iam | oauth2; oauth 2.0; openid connect; oidc |
sso | Single sign-on | Authentification unique | iam | sso; single sign on |
saml | SAML | | iam | |
keycloak | Keycloak | | iam | |
auth0 | Auth0 | | iam | |
active-directory | Active Directory | | iam | azure ad; entra id; microsoft entra id |
ldap | LDAP | | iam | openldap |
cryptography | Cryptography | Cryptographie | cybersecurity | chiffrement; encryption |
pki | PKI | | cryptography | public key infrastructure; infrastructure à clés publiques; x.509 |
network-security | Network security | Sécurité réseau | cybersecurity | sécurité des réseaux; firewall; firewalls; pare-feu; ids/ips |
cloud-security | Cloud security | Sécurité du cloud | cybersecurity | sécurité cloud; cspm |
iso-27001 | ISO 27001 | | cybersecurity | iso/iec 27001; iso27001; iso 27002; smsi |
gdpr | GDPR | RGPD | | règlement général sur la protection des données; general data protection regulation; protection des données personnelles; data privacy; data protection |
splunk | Splunk | | siem | |
burp-suite | Burp Suite | | pentest | burpsuite |
metasploit | Metasploit | | pentest | |
kali-linux | Kali Linux | | pentest | kali |
nmap | Nmap | | pentest | |
wireshark | Wireshark | | network-security | |
forensics | Digital forensics | Investigation numérique | cybersecurity | forensic; forensics; analyse forensique; inforensique |
incident-response | Incident response | Réponse à incident | cybersecurity | réponse aux incidents; csirt |
threat-intelligence | Threat intelligence | Renseignement sur la menace | cybersecurity | threat intel; cyber threat intelligence |
zero-trust | Zero trust | | cybersecurity | zero-trust architecture |
vulnerability-management | Vulnerability management | Gestion des vulnérabilités | cybersecurity | vulnerability assessment; scan de vulnérabilités; nessus; qualys |
ebios | EBIOS | | cybersecurity | ebios rm; ebios risk manager |
pci-dss | PCI DSS | | | pci-dss |
soc2 | SOC 2 | | | soc 2 |
malware-analysis | Malware analysis | Analyse de malware | cybersecurity | analyse de malwares; analyse de logiciels malveillants |
reverse-engineering | Reverse engineering | Rétro-ingénierie | | rétroconception; ghidra; ida pro |

## testing
software-testing | Software testing | Tests logiciels | | testing; test logiciel |
unit-testing | Unit testing | Tests unitaires | software-testing | test unitaire; unit tests; unit test |
integration-testing | Integration testing | Tests d'intégration | software-testing | integration tests |
e2e-testing | End-to-end testing | Tests de bout en bout | software-testing | tests e2e; e2e tests; end to end testing; tests end-to-end; e2e testing |
test-automation | Test automation | Automatisation des tests | software-testing | tests automatisés; automated testing; automatisation de tests |
manual-testing | Manual testing | Tests manuels | software-testing | tests fonctionnels; functional testing |
performance-testing | Performance testing | Tests de performance | software-testing | tests de charge; load testing; stress testing; test de charge |
tdd | Test-driven development | | software-testing | tdd; test driven development; développement piloté par les tests |
bdd | Behaviour-driven development | | software-testing | behavior driven development; behaviour driven development; behavior-driven development |
qa | Quality assurance | Assurance qualité logicielle | software-testing | qa; assurance qualité; software quality; qualité logicielle; qa testing; recette fonctionnelle; tests de recette; uat; user acceptance testing |
pytest | pytest | | python | |
junit | JUnit | | java | junit5; junit 5 |
testng | TestNG | | java | |
mockito | Mockito | | java | |
jest | Jest | | javascript | |
mocha | Mocha | | javascript | |
vitest | Vitest | | javascript | |
phpunit | PHPUnit | | php | |
rspec | RSpec | | ruby | |
cypress | Cypress | | e2e-testing | |
playwright | Playwright | | e2e-testing | |
puppeteer | Puppeteer | | javascript | |
selenium | Selenium | | test-automation | selenium webdriver; webdriver |
cucumber | Cucumber | | bdd | gherkin |
robot-framework | Robot Framework | | test-automation | robotframework |
appium | Appium | | test-automation | |
jmeter | JMeter | | performance-testing | apache jmeter |
gatling | Gatling | | performance-testing | |
k6 | k6 | | performance-testing | grafana k6 |
postman | Postman | | | postman api |
sonarqube | SonarQube | | | sonarcloud |

## tool
excel | Excel | | | microsoft excel; ms excel; tableaux croisés dynamiques; pivot tables | Excel
google-sheets | Google Sheets | | | google spreadsheets |
microsoft-office | Microsoft Office | Pack Office | | pack office; suite office; ms office; office 365; microsoft 365; suite bureautique; bureautique |
powerpoint | PowerPoint | | | microsoft powerpoint |
microsoft-word | Microsoft Word | | | ms word | Word
google-workspace | Google Workspace | | | g suite; gsuite; google suite |
sharepoint | SharePoint | | | |
jira | Jira | | | atlassian jira; jira software |
confluence | Confluence | | | |
notion | Notion | | | notion.so | Notion
trello | Trello | | | |
asana | Asana | | | |
monday | monday.com | | | |
clickup | ClickUp | | | |
miro | Miro | | | |
slack | Slack | | | | Slack
microsoft-teams | Microsoft Teams | | | ms teams |
airtable | Airtable | | low-code | |
zapier | Zapier | | low-code | |
make-com | Make (Integromat) | | low-code | make.com; integromat |
n8n | n8n | | low-code | |
power-automate | Power Automate | | low-code | microsoft flow |
power-apps | Power Apps | | low-code | powerapps |
low-code | Low-code | | | low code; no-code; no code; nocode; lowcode |
bubble | Bubble.io | | low-code | | Bubble
webflow | Webflow | | low-code | |
latex | LaTeX | | | tex |
sap | SAP | | erp | sap erp; sap s/4hana; s/4hana; sap s4hana; sap r/3 | SAP
erp | ERP | | | progiciel de gestion intégré; pgi; enterprise resource planning |
odoo | Odoo | | erp | |
microsoft-dynamics | Microsoft Dynamics | | erp | dynamics 365; ms dynamics; microsoft dynamics 365 |
cad | CAD | CAO | | cao; conception assistée par ordinateur; computer-aided design; computer aided design | CAD
solidworks | SolidWorks | | cad | |
catia | CATIA | | cad | |
autocad | AutoCAD | | cad | |
creo | PTC Creo | | cad | creo; pro/engineer |
fusion-360 | Fusion 360 | | cad | autodesk fusion |
bim | BIM | | | building information modeling; building information modelling; maquette numérique |
revit | Revit | | bim | autodesk revit |
finite-element | Finite element analysis | Éléments finis | numerical-simulation | finite elements; fea; fem; méthode des éléments finis; calcul éléments finis; calcul par éléments finis |
cfd | Computational fluid dynamics | Mécanique des fluides numérique | numerical-simulation | cfd |
openfoam | OpenFOAM | | cfd | |
ansys | Ansys | | numerical-simulation | ansys fluent |
comsol | COMSOL | | numerical-simulation | comsol multiphysics |
abaqus | Abaqus | | finite-element | |
game-development | Game development | Développement de jeux vidéo | | gamedev; game dev; développement de jeux; game programming; game design |
unity | Unity | | game-development | unity3d; unity 3d; unity engine | Unity
unreal-engine | Unreal Engine | | game-development | unreal engine 5; unreal engine 4 |
godot | Godot | | game-development | godot engine |

## methodology
agile | Agile | Agilité | | méthodes agiles; méthode agile; agilité; agile methodologies; agile methodology; méthodologie agile; agile methods |
scrum | Scrum | | agile | méthode scrum |
kanban | Kanban | | agile | |
safe | SAFe | | agile | scaled agile framework; scaled agile | SAFe
extreme-programming | Extreme programming | | agile | | XP
lean | Lean | | | lean management; lean manufacturing; méthode lean |
six-sigma | Six Sigma | | lean | lean six sigma; 6 sigma; green belt; black belt |
continuous-improvement | Continuous improvement | Amélioration continue | | kaizen; pdca |
itil | ITIL | | itsm | itil v3; itil v4; itil 4 |
prince2 | PRINCE2 | | project-management | prince 2 |
pmp | PMP | | project-management | project management professional; pmbok |
okr | OKR | | | okrs; objectives and key results |
lean-startup | Lean Startup | | | |
ddd | Domain-driven design | | software-architecture | ddd; domain driven design; conception pilotée par le domaine |
clean-architecture | Clean architecture | | software-architecture | architecture hexagonale; hexagonal architecture; ports and adapters |
clean-code | Clean code | | | code propre; software craftsmanship; craftsmanship |
solid-principles | SOLID principles | Principes SOLID | oop | | SOLID
oop | Object-oriented programming | Programmation orientée objet | | oop; object oriented programming; orienté objet; object-oriented design; conception orientée objet | POO
functional-programming | Functional programming | Programmation fonctionnelle | | |
design-patterns | Design patterns | Patrons de conception | | design pattern; patron de conception; gof |
event-driven-architecture | Event-driven architecture | Architecture événementielle | software-architecture | event-driven; event driven architecture; event sourcing; cqrs |
software-architecture | Software architecture | Architecture logicielle | | architecture applicative; system design |
software-engineering | Software engineering | Génie logiciel | | ingénierie logicielle |
algorithms | Algorithms and data structures | Algorithmique | | algorithmique; algorithms; data structures; structures de données; algorithmes |
distributed-systems | Distributed systems | Systèmes distribués | | systèmes répartis; distributed computing; calcul distribué |
code-review | Code review | Revue de code | | code reviews; revues de code |
pair-programming | Pair programming | | | binômage; mob programming |
v-model | V-model | Cycle en V | | v model |
waterfall | Waterfall | | | méthode en cascade; cycle en cascade |
uml | UML | | | unified modeling language |
merise | Merise | | | |
bpmn | BPMN | | | bpmn 2.0 |
enterprise-architecture | Enterprise architecture | Architecture d'entreprise | | urbanisation du si; urbanisation des si; urbanisation des systèmes d'information |
togaf | TOGAF | | enterprise-architecture | |
requirements-analysis | Requirements analysis | Analyse des besoins | | recueil des besoins; expression des besoins; expression de besoins; requirements gathering; cahier des charges; spécifications fonctionnelles; functional specifications; rédaction de spécifications |

## design
ux-design | UX design | Design UX | | ux; ux design; expérience utilisateur; user experience; ux/ui; user experience design; conception ux |
ui-design | UI design | Design UI | | ui; interface utilisateur; user interface design; ui/ux; design d'interface; design d'interfaces |
figma | Figma | | ui-design | |
sketch | Sketch | | ui-design | sketch app | Sketch
adobe-xd | Adobe XD | | ui-design | |
invision | InVision | | ui-design | |
axure | Axure | | prototyping | axure rp |
design-thinking | Design thinking | | | |
user-research | User research | Recherche utilisateur | ux-design | recherche utilisateurs; ux research; recherche ux; entretiens utilisateurs; user interviews |
usability-testing | Usability testing | Tests utilisateurs | user-research | tests d'utilisabilité; user testing; test utilisateur |
prototyping | Prototyping | Prototypage | ux-design | maquettage; wireframing; wireframes; maquettes; mockups |
design-system | Design systems | Design system | ui-design | système de design |
interaction-design | Interaction design | Design d'interaction | ux-design | ixd |
service-design | Service design | Design de services | | design de service |
ux-writing | UX writing | | ux-design | microcopy |
product-design | Product design | Design produit | | |
graphic-design | Graphic design | Design graphique | | graphisme; pao; publication assistée par ordinateur; identité visuelle; visual identity |
web-design | Web design | Webdesign | | web-design |
motion-design | Motion design | | | motion graphics |
adobe-creative-suite | Adobe Creative Cloud | Suite Adobe | | adobe creative suite; adobe cc; creative suite; pack adobe |
photoshop | Adobe Photoshop | | adobe-creative-suite | photoshop |
illustrator | Adobe Illustrator | | adobe-creative-suite | | Illustrator
indesign | Adobe InDesign | | adobe-creative-suite | indesign |
after-effects | Adobe After Effects | | adobe-creative-suite | after effects |
premiere-pro | Adobe Premiere Pro | | adobe-creative-suite | premiere pro; adobe premiere; première pro |
lightroom | Adobe Lightroom | | adobe-creative-suite | lightroom |
canva | Canva | | | |
blender | Blender 3D | | 3d-modeling | | Blender
3d-modeling | 3D modeling | Modélisation 3D | | 3d modelling; modélisation 3d |
maya | Autodesk Maya | | 3d-modeling | | Maya
cinema-4d | Cinema 4D | | 3d-modeling | c4d |
video-editing | Video editing | Montage vidéo | | final cut pro; davinci resolve |
photography | Photography | Photographie | | |

## product
product-management | Product management | Gestion de produit | | gestion produit; management produit; product management |
product-owner | Product ownership | Product Owner | product-management | |
product-discovery | Product discovery | | product-management | discovery; discovery produit; continuous discovery |
roadmap | Product roadmap | Roadmap produit | product-management | roadmap; roadmapping; feuille de route |
user-stories | User stories | | product-management | user story; récits utilisateurs; rédaction de user stories |
backlog-management | Backlog management | Gestion du backlog | product-management | backlog; product backlog; priorisation du backlog; backlog grooming; backlog refinement |
ab-testing | A/B testing | Tests A/B | | ab testing; a/b tests; a/b test; split testing; ab tests |
product-analytics | Product analytics | Analytique produit | product-management | analytics produit |
amplitude | Amplitude | | product-analytics | | Amplitude
mixpanel | Mixpanel | | product-analytics | |
hotjar | Hotjar | | product-analytics | |
product-strategy | Product strategy | Stratégie produit | product-management | product vision; vision produit |
product-marketing | Product marketing | Marketing produit | | pmm |
go-to-market | Go-to-market strategy | Stratégie go-to-market | | go-to-market; go to market; gtm strategy; stratégie de lancement; lancement produit; product launch |
pricing | Pricing | Tarification | | stratégie de prix; pricing strategy; politique tarifaire |
market-research | Market research | Étude de marché | | études de marché; market analysis; analyse de marché; veille concurrentielle; competitive analysis; benchmark concurrentiel |
saas | SaaS | | | software as a service; b2b saas |

## marketing
marketing | Marketing | | | mercatique |
marketing-strategy | Marketing strategy | Stratégie marketing | marketing | plan marketing; marketing plan |
digital-marketing | Digital marketing | Marketing digital | marketing | marketing numérique; webmarketing; web marketing; e-marketing; marketing en ligne; online marketing |
seo | SEO | Référencement naturel | digital-marketing | search engine optimization; search engine optimisation; référencement seo; seo technique; technical seo; référencement |
sea | Search engine advertising | Référencement payant | digital-marketing | search engine advertising; paid search | SEA; SEM
google-ads | Google Ads | | sea | google adwords; adwords |
performance-marketing | Performance marketing | Marketing à la performance | digital-marketing | marketing de la performance; acquisition payante; paid acquisition; paid media; acquisition marketing; user acquisition |
meta-ads | Meta Ads | | performance-marketing | facebook ads; instagram ads; facebook ads manager |
linkedin-ads | LinkedIn Ads | | performance-marketing | |
growth-marketing | Growth marketing | | digital-marketing | growth hacking |
content-marketing | Content marketing | Marketing de contenu | marketing | marketing de contenus; stratégie de contenu; content strategy; brand content |
copywriting | Copywriting | Rédaction web | | rédaction publicitaire; content writing; rédaction de contenu; rédaction de contenus; conception-rédaction |
email-marketing | Email marketing | | digital-marketing | emailing; e-mailing; e-mail marketing; newsletter; newsletters; marketing par e-mail; campagnes emailing |
marketing-automation | Marketing automation | | digital-marketing | automatisation marketing; automation marketing; nurturing; lead nurturing |
web-analytics | Web analytics | Webanalyse | digital-marketing | webanalytics; web analyse; analytics web |
google-analytics | Google Analytics | | web-analytics | ga4; universal analytics |
google-tag-manager | Google Tag Manager | | web-analytics | gtm; tag manager |
matomo | Matomo | | web-analytics | piwik |
influencer-marketing | Influencer marketing | Marketing d'influence | marketing | influence marketing; relations influenceurs |
affiliate-marketing | Affiliate marketing | Marketing d'affiliation | digital-marketing | programmes d'affiliation; programme d'affiliation |
brand-management | Brand management | Gestion de marque | marketing | marketing de marque; brand marketing; branding; image de marque; stratégie de marque; brand strategy; plateforme de marque |
public-relations | Public relations | Relations presse | | relations publiques; press relations; relations médias | RP
event-management | Event management | Événementiel | | organisation d'événements; gestion d'événements; event marketing; marketing événementiel |
corporate-communication | Corporate communication | Communication corporate | | communication institutionnelle; communication externe; stratégie de communication; communication strategy; plan de communication |
internal-communication | Internal communication | Communication interne | | internal communications |
b2b-marketing | B2B marketing | Marketing B2B | marketing | marketing btob |
account-based-marketing | Account-based marketing | | b2b-marketing | abm; account based marketing |
inbound-marketing | Inbound marketing | | digital-marketing | inbound |
trade-marketing | Trade marketing | | marketing | |
e-commerce | E-commerce | | | ecommerce; commerce en ligne; commerce électronique; e-business; vente en ligne |
marketplace | Marketplaces | Places de marché | e-commerce | marketplace |
shopify | Shopify | | e-commerce | |
semrush | Semrush | | seo | |
ahrefs | Ahrefs | | seo | |
mailchimp | Mailchimp | | email-marketing | |
brevo | Brevo | | email-marketing | sendinblue |
hubspot | HubSpot | | crm | hubspot crm; hubspot marketing hub |
marketo | Marketo | | marketing-automation | adobe marketo |
braze | Braze | | marketing-automation | |
app-store-optimization | App store optimization | | digital-marketing | aso |
media-planning | Media planning | Plan média | marketing | plan media; achat média; media buying; achat d'espace |
programmatic-advertising | Programmatic advertising | Publicité programmatique | digital-marketing | programmatique; programmatic; rtb |
storytelling | Storytelling | | | brand storytelling |

## community
community-management | Community management | Animation de communauté | | animation de communautés; gestion de communauté; gestion des communautés; community building; community manager; community engagement; engagement communautaire |
social-media | Social media | Réseaux sociaux | | médias sociaux; social media marketing; marketing des réseaux sociaux; smm; gestion des réseaux sociaux |
social-listening | Social listening | Veille sur les réseaux sociaux | social-media | écoute sociale; veille réseaux sociaux; e-réputation; gestion de l'e-réputation; online reputation management |
developer-relations | Developer relations | Relations développeurs | | devrel; developer advocacy; developer advocate; dev rel; évangélisation technique; tech evangelism |
content-creation | Content creation | Création de contenu | | création de contenus; production de contenu; ugc |
moderation | Community moderation | Modération | community-management | modération; moderation; modération de communauté; content moderation; modération de contenu |
open-source | Open source | Logiciel libre | | open-source; logiciels libres; contribution open source; open source contributions |
ambassador-programs | Ambassador programs | Programmes ambassadeurs | community-management | programme ambassadeurs; programme ambassadeur; ambassador program; brand ambassadors |
meetups | Meetup organization | Organisation de meetups | community-management | meetups; meetup; organisation de meetup; hackathons; organisation de hackathons |

## sales
sales | Sales | Vente | | vente; ventes; business development; développement commercial; biz dev; bizdev; selling |
prospecting | Prospecting | Prospection | sales | prospection commerciale; cold calling; phoning; téléprospection; outbound; outbound sales; prospection téléphonique |
cold-emailing | Cold emailing | | prospecting | cold email; cold mailing; séquences de prospection |
lead-generation | Lead generation | Génération de leads | sales | lead gen; génération de prospects; leadgen; demand generation; demand gen |
negotiation | Negotiation | Négociation | sales | négociation commerciale; négociation de contrats; contract negotiation |
closing | Closing | | sales | closing deals; conclusion de ventes |
account-management | Account management | Gestion de comptes | sales | gestion de portefeuille clients; gestion de portefeuille client; key account management; kam; grands comptes; gestion des grands comptes; key accounts |
upselling | Upselling | Vente additionnelle | account-management | upsell; cross-selling; cross-sell; ventes additionnelles |
crm | CRM | | | customer relationship management; gestion de la relation client; relation client; outil crm |
salesforce | Salesforce | | crm | salesforce crm; sfdc; salesforce.com; sales cloud |
pipedrive | Pipedrive | | crm | |
zoho-crm | Zoho CRM | | crm | zoho |
sellsy | Sellsy | | crm | |
b2b-sales | B2B sales | Vente B2B | sales | ventes b2b; vente btob; commerce b2b; vente aux entreprises |
b2c-sales | B2C sales | Vente B2C | sales | vente aux particuliers |
saas-sales | SaaS sales | Vente SaaS | b2b-sales | vente de logiciels; software sales; vente de solutions saas |
inside-sales | Inside sales | | sales | vente à distance; télévente; telesales |
field-sales | Field sales | Vente terrain | sales | commercial terrain; vente itinérante |
pre-sales | Pre-sales | Avant-vente | sales | avant vente; presales; pre sales; solution engineering |
sales-management | Sales management | Management commercial | sales | direction commerciale; gestion d'équipe commerciale; animation commerciale; pilotage commercial; animation d'équipe commerciale |
sales-operations | Sales operations | | sales | sales ops; revops; revenue operations |
sales-forecasting | Sales forecasting | Prévisions de ventes | sales-operations | forecast commercial; pipeline management; gestion du pipeline; gestion du pipe |
linkedin-sales-navigator | LinkedIn Sales Navigator | | prospecting | sales navigator |
lemlist | lemlist | | prospecting | |
meddic | MEDDIC | | sales | meddpicc; meddicc |
solution-selling | Solution selling | Vente de solutions | sales | spin selling; méthode spin; vente consultative; consultative selling; challenger sale |
partnerships | Partnerships | Partenariats | sales | partnership management; gestion de partenariats; développement de partenariats; channel sales; vente indirecte; indirect sales |
tenders | Tender management | Réponse aux appels d'offres | sales | appels d'offres; appel d'offres; réponse à appel d'offres; rfp; marchés publics; public procurement; bid management |
retail | Retail | Commerce de détail | | grande distribution; retail management |
international-trade | International trade | Commerce international | | import-export; export sales; développement export; commerce extérieur |
merchandising | Merchandising | | retail | visual merchandising; merchandising visuel |

## hr
human-resources | Human resources | Ressources humaines | | rh; grh; gestion des ressources humaines; human resource management; hrm | HR
recruiting | Recruiting | Recrutement | human-resources | recruitment; talent acquisition; acquisition de talents; acquisition des talents; recrutement tech; tech recruiting; it recruitment; recrutement it |
sourcing | Candidate sourcing | Sourcing de candidats | recruiting | candidate sourcing; talent sourcing; sourcing de profils; approche directe |
boolean-search | Boolean search | Recherche booléenne | sourcing | x-ray search; boolean sourcing |
executive-search | Executive search | Chasse de têtes | recruiting | headhunting |
interviewing | Interviewing | Conduite d'entretiens | recruiting | conduite d'entretien; entretiens de recrutement; structured interviews; entretiens structurés; candidate interviewing |
ats | Applicant tracking systems | Logiciels de recrutement (ATS) | recruiting | applicant tracking system; logiciel de recrutement | ATS
greenhouse | Greenhouse | | ats | greenhouse ats; greenhouse.io | Greenhouse
lever | Lever | | ats | lever ats | Lever
linkedin-recruiter | LinkedIn Recruiter | | sourcing | recruiter lite |
employer-branding | Employer branding | Marque employeur | recruiting | employer brand; marketing rh; recruitment marketing |
hris | HRIS | SIRH | human-resources | sirh; système d'information rh; système d'information ressources humaines; hrms; hcm; logiciel rh; systèmes d'information rh |
workday | Workday | | hris | | Workday
lucca | Lucca | | hris | | Lucca
payroll | Payroll | Paie | human-resources | gestion de la paie; gestion de paie; traitement de la paie; administration de la paie; dsn |
talent-management | Talent management | Gestion des talents | human-resources | gestion de carrière; gestion des carrières; career management; revues de talents; talent review; people review |
performance-management | Performance management | Gestion de la performance | human-resources | entretiens annuels; entretiens individuels; entretiens professionnels; évaluation des performances; performance reviews |
onboarding | Onboarding | Intégration des collaborateurs | human-resources | intégration des nouveaux collaborateurs; employee onboarding; parcours d'intégration; offboarding |
labor-law | Employment law | Droit du travail | human-resources | droit social; labor law; labour law; code du travail |
employee-relations | Employee relations | Relations sociales | human-resources | dialogue social; labor relations; relations avec les partenaires sociaux; instances représentatives du personnel |
learning-development | Learning & development | Formation professionnelle | human-resources | learning and development; l&d; ingénierie de formation; ingénierie pédagogique; plan de développement des compétences; plan de formation; training management |
compensation-benefits | Compensation & benefits | Rémunération et avantages sociaux | human-resources | c&b; comp & ben; compensation and benefits; rémunération; politique de rémunération; total rewards; avantages sociaux |
workforce-planning | Workforce planning | GEPP | human-resources | gpec; gepp; gestion prévisionnelle des emplois et des compétences; gestion prévisionnelle des emplois et des parcours professionnels; strategic workforce planning; gestion des compétences; skills management |
hr-business-partner | HR business partnership | HR Business Partner | human-resources | hrbp; human resources business partner; business partner rh |
hr-administration | HR administration | Administration du personnel | human-resources | gestion administrative du personnel; personnel administration |
people-analytics | People analytics | Analytique RH | human-resources | hr analytics; data rh; reporting rh |
workplace-wellbeing | Quality of work life | Qualité de vie au travail | human-resources | qvt; qvct; qualité de vie et des conditions de travail; bien-être au travail; wellbeing at work; employee wellbeing; risques psychosociaux |
employee-experience | Employee experience | Expérience collaborateur | human-resources | expérience employé; engagement des collaborateurs; employee engagement |
diversity-inclusion | Diversity & inclusion | Diversité et inclusion | human-resources | diversity and inclusion; d&i; dei; diversity equity inclusion; diversité & inclusion |

## finance
finance | Finance | | | financial management; gestion financière; direction financière |
accounting | Accounting | Comptabilité | finance | comptabilité générale; general accounting; bookkeeping; tenue de comptabilité; tenue comptable |
cost-accounting | Cost accounting | Comptabilité analytique | accounting | calcul des coûts; costing; contrôle des coûts |
accounts-payable | Accounts payable | Comptabilité fournisseurs | accounting | comptes fournisseurs; purchase-to-pay; procure-to-pay |
accounts-receivable | Accounts receivable | Comptabilité clients | accounting | recouvrement; credit management; gestion du poste client; relance clients; order-to-cash; o2c |
management-control | Management control | Contrôle de gestion | finance | controlling; contrôle de gestion industriel; business controlling |
fpa | FP&A | | management-control | fp&a; fpa; financial planning and analysis; financial planning & analysis; planification financière |
budgeting | Budgeting | Gestion budgétaire | finance | budget; budgets; budgétisation; élaboration budgétaire; suivi budgétaire; budget planning; procédure budgétaire; reforecast |
audit | Audit | | finance | audit financier; audit légal; commissariat aux comptes; audit externe; external audit; financial audit; statutory audit |
internal-audit | Internal audit | Audit interne | audit | contrôle interne; internal control; internal controls |
ifrs | IFRS | | accounting | normes ifrs; international financial reporting standards; ias/ifrs |
us-gaap | US GAAP | | accounting | gaap |
french-gaap | French GAAP | Normes comptables françaises | accounting | pcg; plan comptable général |
consolidation | Financial consolidation | Consolidation des comptes | accounting | consolidation; consolidation comptable; comptes consolidés |
financial-reporting | Financial reporting | Reporting financier | accounting | reporting mensuel; monthly reporting; clôture mensuelle; clôtures mensuelles; month-end close; clôture des comptes; clôtures comptables |
financial-analysis | Financial analysis | Analyse financière | finance | analyse de bilan; analyse des états financiers; financial statements analysis |
financial-modeling | Financial modeling | Modélisation financière | finance | financial modelling; modèle financier; business plan; business plans; lbo modeling |
corporate-finance | Corporate finance | Finance d'entreprise | finance | finance corporate; levée de fonds; levées de fonds; fundraising |
valuation | Valuation | Évaluation d'entreprise | corporate-finance | valorisation d'entreprise; évaluation financière; business valuation; dcf |
m-and-a | Mergers & acquisitions | Fusions-acquisitions | corporate-finance | m&a; fusions et acquisitions; fusions & acquisitions; mergers and acquisitions; fusac; due diligence; transaction services |
private-equity | Private equity | Capital-investissement | corporate-finance | capital investissement; lbo; leveraged buyout; capital développement |
venture-capital | Venture capital | Capital-risque | corporate-finance | capital risque |
treasury | Treasury | Trésorerie | finance | cash management; gestion de trésorerie; cash flow management; gestion du cash |
tax | Taxation | Fiscalité | finance | tax; droit fiscal; tax law; fiscalité des entreprises; corporate tax; tva; vat |
risk-management | Risk management | Gestion des risques | | management des risques; risques financiers; financial risk; risk assessment; analyse des risques; cartographie des risques |
credit-analysis | Credit analysis | Analyse crédit | risk-management | analyse de crédit; credit risk; risque de crédit; risque crédit |
compliance | Compliance | Conformité | | regulatory compliance; conformité réglementaire |
aml-kyc | AML/KYC | LCB-FT | compliance | kyc; aml; know your customer; anti-money laundering; lutte anti-blanchiment; lcb-ft; lcb/ft; lutte contre le blanchiment |
asset-management | Asset management | Gestion d'actifs | finance | gestion de portefeuille; portfolio management; gestion d'actifs financiers |
wealth-management | Wealth management | Gestion de patrimoine | finance | conseil en gestion de patrimoine; cgp; private banking; banque privée |
trading | Trading | | finance | market making; sales & trading; salle des marchés |
capital-markets | Capital markets | Marchés financiers | finance | marchés de capitaux; financial markets; finance de marché; market finance |
quantitative-finance | Quantitative finance | Finance quantitative | finance | quant finance; mathématiques financières; financial mathematics; stochastic calculus; calcul stochastique |
actuarial-science | Actuarial science | Actuariat | | actuarial; sciences actuarielles; solvabilité 2; solvency ii; solvabilité ii |
bloomberg-terminal | Bloomberg Terminal | | | terminal bloomberg |
sap-fi | SAP FI/CO | | sap | sap fi; sap co; sap fico; sap fi-co |
sage | Sage | | accounting | sage 100; sage x3; sage compta | Sage
cegid | Cegid | | accounting | |
pennylane | Pennylane | | accounting | |
quickbooks | QuickBooks | | accounting | |
insurance | Insurance | Assurance | | assurances; iard; assurance vie; assurance-vie; life insurance |
banking | Banking | Banque | | secteur bancaire; banque de détail; retail banking; banque d'investissement; investment banking |
payments | Payments | Paiements | | moyens de paiement; payment systems; monétique |

## support
customer-support | Customer support | Support client | | service client; customer service; service après-vente; sav; relation clientèle; customer care; assistance client; support clients |
customer-success | Customer success | | | succès client; customer success management; réussite client |
customer-experience | Customer experience | Expérience client | | | CX
customer-onboarding | Customer onboarding | Onboarding client | customer-success | onboarding clients; client onboarding; déploiement client |
churn-reduction | Churn reduction | Réduction du churn | customer-success | churn; rétention client; customer retention; fidélisation client; fidélisation |
zendesk | Zendesk | | customer-support | |
freshdesk | Freshdesk | | customer-support | |
intercom | Intercom | | customer-support | | Intercom
itsm | IT service management | Gestion des services informatiques | | itsm; gestion des services it |
servicenow | ServiceNow | | itsm | |
glpi | GLPI | | itsm | |
incident-management | Incident management | Gestion des incidents | itsm | gestion d'incidents; problem management; gestion des problèmes; post-mortem; astreinte; on-call |
helpdesk | IT helpdesk | Support informatique | itsm | helpdesk; help desk; support it; it support; support utilisateurs; support utilisateur; service desk; support n1; support n2; support niveau 1; support niveau 2; hotline |
technical-support | Technical support | Support technique | | tech support; support applicatif; application support; maintien en condition opérationnelle; mco; troubleshooting; dépannage |
knowledge-base | Knowledge management | Gestion des connaissances | | base de connaissances; knowledge base; documentation support |
complaint-handling | Complaint handling | Gestion des réclamations | customer-support | traitement des réclamations; complaint management; gestion des litiges |
call-center | Call center | Centre d'appels | customer-support | call centre; centre de contact; contact center |

## management
project-management | Project management | Gestion de projet | | gestion de projet; gestion de projets; project management; pilotage de projet; pilotage de projets; management de projet; conduite de projet; conduite de projets; chefferie de projet; it project management |
program-management | Program management | Gestion de programme | project-management | programme management; gestion de programmes; direction de programme |
pmo | PMO | | project-management | project management office; bureau des projets |
ms-project | Microsoft Project | | project-management | ms project |
team-management | Team management | Management d'équipe | | management d'équipes; gestion d'équipe; gestion d'équipes; people management; encadrement; encadrement d'équipe; managing teams; management de proximité; animation d'équipe; line management |
change-management | Change management | Conduite du changement | | gestion du changement; accompagnement du changement; management du changement; transformation management |
strategy | Business strategy | Stratégie d'entreprise | | corporate strategy; strategic planning; planification stratégique; stratégie business; développement stratégique |
consulting | Consulting | | | conseil en management; management consulting; conseil en stratégie; strategy consulting; conseil it; it consulting; conseil en organisation |
operations-management | Operations management | Gestion des opérations | | direction des opérations; pilotage des opérations; business operations; bizops |
stakeholder-management | Stakeholder management | Gestion des parties prenantes | | stakeholders management; relations parties prenantes; gestion des stakeholders; stakeholder engagement |
supply-chain | Supply chain management | Gestion de la chaîne logistique | | supply chain; scm; chaîne logistique; chaîne d'approvisionnement; logistique; logistics; approvisionnement; approvisionnements; demand planning; s&op; planification de la demande |
procurement | Procurement | Achats | | achat; purchasing; gestion des achats; sourcing fournisseurs; supplier sourcing; strategic sourcing; négociation fournisseurs |
vendor-management | Vendor management | Gestion des fournisseurs | procurement | supplier management; relation fournisseurs; gestion des prestataires; pilotage des prestataires; supplier relationship management |
quality-management | Quality management | Management de la qualité | | gestion de la qualité; démarche qualité; système de management de la qualité; smq; qms; iso 9001 |
qhse | QHSE | | | hse; hsse; santé sécurité environnement; health safety environment; hygiène sécurité environnement; sécurité au travail; occupational safety; ehs |
csr | Corporate social responsibility | RSE | | rse; csr; responsabilité sociétale des entreprises; responsabilité sociale des entreprises; esg; développement durable; sustainability; durabilité; bilan carbone; carbon accounting; reporting extra-financier; csrd |
entrepreneurship | Entrepreneurship | Entrepreneuriat | | entreprenariat; création d'entreprise; création de start-up; intrapreneuriat; intrapreneurship |
p-and-l | P&L management | Gestion de P&L | | p&l; p&l management; gestion du p&l; compte de résultat; profit and loss |
mentoring | Mentoring | Mentorat | | tutorat; coaching; coaching d'équipe; team coaching; accompagnement des juniors |
business-analysis | Business analysis | Analyse métier | | analyse fonctionnelle; functional analysis; maîtrise d'ouvrage; moa; amoa; assistance à maîtrise d'ouvrage |
digital-transformation | Digital transformation | Transformation digitale | | transformation numérique; digitalisation; digitalization |
process-optimization | Process optimization | Optimisation des processus | | process improvement; amélioration des processus; business process management; cartographie des processus; process mapping; réingénierie des processus |
crisis-management | Crisis management | Gestion de crise | | gestion des crises; business continuity; continuité d'activité; plan de continuité d'activité |
kpi | KPIs | Indicateurs de performance | | kpi; kpis; key performance indicators; tableaux de bord; dashboards; dashboarding; reporting |
contract-management | Contract management | Gestion des contrats | | rédaction de contrats; contract drafting |
business-law | Business law | Droit des affaires | | droit commercial; droit des contrats; contract law; droit des sociétés; corporate law |
intellectual-property | Intellectual property | Propriété intellectuelle | | brevets; patents; droit de la propriété intellectuelle |

## soft
communication | Communication | | | communication skills; compétences en communication; communication orale; oral communication; bon communicant; bonne communicante; bonne communication |
written-communication | Written communication | Communication écrite | communication | qualités rédactionnelles; aisance rédactionnelle; writing skills; bonne plume; capacités rédactionnelles |
public-speaking | Public speaking | Prise de parole en public | communication | prise de parole; aisance à l'oral; aisance orale; presentation skills |
leadership | Leadership | | | leadership skills; capacité à fédérer; fédérateur; fédératrice; leadership d'équipe |
teamwork | Teamwork | Travail en équipe | | esprit d'équipe; team player; team spirit; collaboration; collaboratif; collaborative; esprit collaboratif; sens du collectif; travail d'équipe |
autonomy | Autonomy | Autonomie | | autonome; self-starter; travail en autonomie; working independently |
rigor | Rigour | Rigueur | | rigoureux; rigoureuse; rigor; rigorous; méthodique; methodical |
attention-to-detail | Attention to detail | Souci du détail | | detail-oriented; detail oriented; minutie; minutieux; minutieuse; sens du détail |
adaptability | Adaptability | Adaptabilité | | capacité d'adaptation; adaptable; flexibilité; flexibility |
problem-solving | Problem solving | Résolution de problèmes | | problem-solving; résolution de problème; problem solver; orienté solution; orienté solutions; solution-oriented |
critical-thinking | Critical thinking | Esprit critique | | pensée critique; sens critique |
analytical-skills | Analytical skills | Esprit d'analyse | | capacité d'analyse; capacités d'analyse; esprit analytique; analytical thinking; analytical mind; sens de l'analyse |
synthesis | Synthesis skills | Esprit de synthèse | | capacité de synthèse; capacités de synthèse; sens de la synthèse |
creativity | Creativity | Créativité | | creative thinking; pensée créative |
curiosity | Curiosity | Curiosité | | curieux; curieuse; intellectual curiosity; curiosité intellectuelle; esprit curieux |
organization | Organizational skills | Sens de l'organisation | | organisé; organisée; organized; organisational skills; capacités d'organisation; capacité d'organisation; bonne organisation; esprit d'organisation |
time-management | Time management | Gestion du temps | | gestion des priorités; priorisation; prioritization; respect des délais; respect des deadlines; meeting deadlines; sens des priorités |
stress-management | Stress management | Gestion du stress | | résistance au stress; works well under pressure; travail sous pression; sang-froid |
empathy | Empathy | Empathie | | empathique; empathetic; empathic; bienveillance; bienveillant; bienveillante |
active-listening | Active listening | Écoute active | | sens de l'écoute; à l'écoute; capacité d'écoute; qualités d'écoute |
initiative | Initiative | Prise d'initiative | | prise d'initiatives; esprit d'initiative; proactivité; proactif; proactive; proactivity; force de proposition; sens de l'initiative; self-driven |
interpersonal-skills | Interpersonal skills | Aisance relationnelle | | sens du relationnel; relationnel; qualités relationnelles; people skills; savoir-être; excellent relationnel; bon relationnel |
conflict-resolution | Conflict resolution | Gestion des conflits | | résolution de conflits; conflict management; médiation; mediation |
decision-making | Decision making | Prise de décision | | prise de décisions; decision-making; esprit de décision; sens de la décision; capacité de décision |
resilience | Resilience | Résilience | | resilient; résilient; résiliente; persévérance; perseverance; ténacité; tenacity; persévérant; persévérante; tenace; grit |
emotional-intelligence | Emotional intelligence | Intelligence émotionnelle | | |
customer-orientation | Customer orientation | Sens du client | | orientation client; orienté client; customer focus; customer-focused; customer-centric; client-centric; sens du service; service orientation; esprit de service |
results-orientation | Results orientation | Sens du résultat | | sens des résultats; orienté résultats; orienté résultat; results-oriented; result-oriented; results-driven; culture du résultat; goal-oriented |
pedagogy | Teaching skills | Pédagogie | | pédagogue; sens pédagogique; sens de la pédagogie; vulgarisation; capacité à vulgariser; knowledge sharing; partage de connaissances; transmission des connaissances; transmission de savoir |
learning-agility | Learning agility | Capacité d'apprentissage | | capacités d'apprentissage; apprentissage rapide; fast learner; quick learner; facilité d'apprentissage; growth mindset |
multitasking | Multitasking | Multitâche | | multitâches; multi-tâches; multi-tâche; multi-tasking |
versatility | Versatility | Polyvalence | | polyvalent; polyvalente; versatile; touche-à-tout |
open-mindedness | Open-mindedness | Ouverture d'esprit | | open-minded; open minded; esprit ouvert; ouvert d'esprit; ouverte d'esprit |
entrepreneurial-mindset | Entrepreneurial mindset | Esprit entrepreneurial | | esprit d'entreprendre; entrepreneurial spirit; goût d'entreprendre |
sense-of-responsibility | Sense of responsibility | Sens des responsabilités | | ownership; responsabilisation; accountability |
self-motivation | Self-motivation | Dynamisme | | dynamisme; motivé; motivée; highly motivated; self-motivated; enthousiasme; enthusiasm |
intercultural-skills | Intercultural skills | Interculturalité | | interculturel; cross-cultural communication; communication interculturelle; cultural awareness; sensibilité interculturelle; environnement multiculturel |
integrity | Integrity | Intégrité | | honnêteté; honesty; éthique professionnelle; professional ethics; probité |
persuasion | Persuasion | Force de persuasion | | pouvoir de persuasion; persuasive; influencing skills; capacité d'influence; art de convaincre |
strategic-thinking | Strategic thinking | Vision stratégique | | pensée stratégique; esprit stratégique; strategic mindset; big picture thinking; hauteur de vue |
diplomacy | Diplomacy | Diplomatie | | diplomate; tact; sens de la diplomatie |
"""

# --------------------------------------------------------------------------------------
# Schools
# --------------------------------------------------------------------------------------

SCHOOLS = r"""
## engineering
polytechnique | École polytechnique | École polytechnique | Palaiseau | FR | ecole polytechnique; école polytechnique; polytechnique; l'x; x polytechnique; polytechnique paris; ip paris - école polytechnique | X
centralesupelec | CentraleSupélec | CentraleSupélec | Gif-sur-Yvette | FR | centralesupelec; centrale supelec; centrale-supélec; école centrale paris; ecole centrale paris; centrale paris; école centrale des arts et manufactures; supélec; supelec; école supérieure d'électricité; centrale supélec | Centrale; ECP
centrale-lyon | École centrale de Lyon | École centrale de Lyon | Écully | FR | école centrale de lyon; ecole centrale de lyon; centrale lyon; ec lyon; ecl; centrale lyon enise; enise; école nationale d'ingénieurs de saint-étienne |
centrale-nantes | École centrale de Nantes | École centrale de Nantes | Nantes | FR | centrale nantes; école centrale de nantes; ec nantes; ecn |
centrale-lille | Centrale Lille | Centrale Lille Institut | Villeneuve-d'Ascq | FR | centrale lille; école centrale de lille; ec lille; centrale lille ig2i; ig2i |
centrale-mediterranee | Centrale Méditerranée | École centrale Méditerranée | Marseille | FR | centrale marseille; école centrale de marseille; école centrale marseille; ecm; centrale méditerranée |
centrale-casablanca | École centrale Casablanca | École centrale Casablanca | Casablanca | MA | centrale casablanca |
centrale-pekin | École centrale de Pékin | École centrale de Pékin | Beijing | CN | centrale pékin; centrale pekin; ecpk |
mines-paris | Mines Paris - PSL | École nationale supérieure des mines de Paris | Paris | FR | mines paris; mines paristech; mines paris psl; mines paris - psl; école des mines de paris; ecole des mines de paris; ensmp; mines de paris | Mines
mines-saint-etienne | Mines Saint-Étienne | École nationale supérieure des mines de Saint-Étienne | Saint-Étienne | FR | mines saint-étienne; école des mines de saint-étienne; emse; ensm-se; mines de saint-étienne |
mines-nancy | Mines Nancy | École nationale supérieure des mines de Nancy | Nancy | FR | mines nancy; école des mines de nancy; ensmn; mines de nancy |
imt-mines-ales | IMT Mines Alès | École nationale supérieure des mines d'Alès | Alès | FR | mines alès; école des mines d'alès; mines d'alès | EMA
imt-mines-albi | IMT Mines Albi | École nationale supérieure des mines d'Albi-Carmaux | Albi | FR | mines albi; école des mines d'albi; mines albi-carmaux; mines d'albi |
imt-atlantique | IMT Atlantique | IMT Atlantique Bretagne-Pays de la Loire | Brest | FR | imt atlantique; télécom bretagne; telecom bretagne; mines nantes; école des mines de nantes; enst bretagne |
imt-nord-europe | IMT Nord Europe | Institut Mines-Télécom Nord Europe | Douai | FR | imt nord europe; imt lille douai; mines douai; école des mines de douai; télécom lille |
telecom-paris | Télécom Paris | École nationale supérieure des télécommunications | Palaiseau | FR | télécom paris; telecom paris; télécom paristech; telecom paristech; enst; télécom paris - ip paris |
telecom-sudparis | Télécom SudParis | Télécom SudParis | Évry-Courcouronnes | FR | télécom sudparis; telecom sudparis; télécom sud paris; institut national des télécommunications; int évry |
eurecom | EURECOM | EURECOM | Biot | FR | eurecom; institut eurecom |
telecom-nancy | TELECOM Nancy | TELECOM Nancy | Villers-lès-Nancy | FR | télécom nancy; esial |
telecom-physique-strasbourg | Télécom Physique Strasbourg | Télécom Physique Strasbourg | Illkirch-Graffenstaden | FR | télécom physique strasbourg; tps strasbourg; ensps |
telecom-saint-etienne | Télécom Saint-Étienne | Télécom Saint-Étienne | Saint-Étienne | FR | télécom saint-étienne |
insa-lyon | INSA Lyon | Institut national des sciences appliquées de Lyon | Villeurbanne | FR | insa de lyon; insa lyon; institut national des sciences appliquées de lyon; insa-lyon |
insa-toulouse | INSA Toulouse | Institut national des sciences appliquées de Toulouse | Toulouse | FR | insa de toulouse; insa toulouse; insa-toulouse |
insa-rennes | INSA Rennes | Institut national des sciences appliquées de Rennes | Rennes | FR | insa de rennes; insa rennes; insa-rennes |
insa-strasbourg | INSA Strasbourg | Institut national des sciences appliquées de Strasbourg | Strasbourg | FR | insa de strasbourg; insa strasbourg; ensais |
insa-rouen | INSA Rouen Normandie | Institut national des sciences appliquées de Rouen | Saint-Étienne-du-Rouvray | FR | insa de rouen; insa rouen; insa rouen normandie |
insa-hauts-de-france | INSA Hauts-de-France | Institut national des sciences appliquées Hauts-de-France | Valenciennes | FR | insa hauts-de-france; insa hdf; ensiame; insa valenciennes |
insa-cvl | INSA Centre Val de Loire | Institut national des sciences appliquées Centre Val de Loire | Bourges | FR | insa centre val de loire; insa cvl; ensi bourges; enivl; insa blois; insa bourges |
enpc | École des Ponts ParisTech | École nationale des ponts et chaussées | Champs-sur-Marne | FR | école des ponts; ecole des ponts; école des ponts paristech; ponts paristech; ponts et chaussées; enpc; école nationale des ponts et chaussées | Ponts
ensta-paris | ENSTA Paris | École nationale supérieure de techniques avancées | Palaiseau | FR | ensta; ensta paristech; ensta paris |
ensta-bretagne | ENSTA Bretagne | École nationale supérieure de techniques avancées Bretagne | Brest | FR | ensta bretagne; ensieta |
agroparistech | AgroParisTech | Institut national des sciences et industries du vivant et de l'environnement | Palaiseau | FR | agroparistech; agro paristech; institut national agronomique paris-grignon; ina p-g; ina-pg |
espci | ESPCI Paris - PSL | École supérieure de physique et de chimie industrielles de la ville de Paris | Paris | FR | espci; espci paris; espci paristech |
chimie-paristech | Chimie ParisTech - PSL | École nationale supérieure de chimie de Paris | Paris | FR | chimie paristech; enscp; chimie paris |
arts-et-metiers | Arts et Métiers | École nationale supérieure d'arts et métiers | Paris | FR | arts et métiers; arts & métiers; arts et métiers paristech; ensam; gadz'arts; gadzarts; am paristech |
ensae | ENSAE Paris | École nationale de la statistique et de l'administration économique | Palaiseau | FR | ensae; ensae paris; ensae paristech |
ensai | ENSAI | École nationale de la statistique et de l'analyse de l'information | Bruz | FR | ensai; ensai rennes |
iogs | Institut d'Optique Graduate School | Institut d'Optique Graduate School | Palaiseau | FR | institut d'optique; supoptique; sup'optique; iogs |
ifp-school | IFP School | IFP School | Rueil-Malmaison | FR | ifp school; enspm |
eivp | EIVP | École des ingénieurs de la Ville de Paris | Paris | FR | eivp |
entpe | ENTPE | École nationale des travaux publics de l'État | Vaulx-en-Velin | FR | entpe |
engees | ENGEES | École nationale du génie de l'eau et de l'environnement de Strasbourg | Strasbourg | FR | engees |
ensg-geomatique | ENSG-Géomatique | École nationale des sciences géographiques | Champs-sur-Marne | FR | ensg géomatique; ensg ign |
enm-meteo | ENM | École nationale de la météorologie | Toulouse | FR | enm toulouse; enm météo; météo-france enm |
ecole-navale | École navale | École navale | Lanvéoc | FR | école navale; ecole navale |
ecole-de-l-air | École de l'air et de l'espace | École de l'air et de l'espace | Salon-de-Provence | FR | école de l'air; ecole de l'air; école de l'air et de l'espace |
isae-supaero | ISAE-SUPAERO | Institut supérieur de l'aéronautique et de l'espace | Toulouse | FR | isae-supaero; isae supaero; supaéro; supaero; sup'aéro; sup aero; isae; sup'aero |
isae-ensma | ISAE-ENSMA | École nationale supérieure de mécanique et d'aérotechnique | Chasseneuil-du-Poitou | FR | isae-ensma; ensma; isae ensma |
isae-supmeca | ISAE-Supméca | Institut supérieur de mécanique de Paris | Saint-Ouen-sur-Seine | FR | supméca; supmeca; isae-supméca |
enac | ENAC | École nationale de l'aviation civile | Toulouse | FR | enac |
estaca | ESTACA | École supérieure des techniques aéronautiques et de construction automobile | Montigny-le-Bretonneux | FR | estaca |
ipsa | IPSA | Institut polytechnique des sciences avancées | Ivry-sur-Seine | FR | ipsa |
elisa-aerospace | ELISA Aerospace | ELISA Aerospace | Saint-Quentin | FR | elisa aerospace |
epf | EPF École d'ingénieurs | EPF École d'ingénieurs | Cachan | FR | epf; epf cachan; école polytechnique féminine |
grenoble-inp | Grenoble INP - UGA | Institut polytechnique de Grenoble | Grenoble | FR | grenoble inp; inp grenoble; institut national polytechnique de grenoble; inpg |
ensimag | Grenoble INP - Ensimag | École nationale supérieure d'informatique et de mathématiques appliquées de Grenoble | Saint-Martin-d'Hères | FR | ensimag; grenoble inp ensimag; grenoble inp - ensimag |
phelma | Grenoble INP - Phelma | École nationale supérieure de physique, électronique, matériaux | Grenoble | FR | phelma; grenoble inp phelma |
ense3 | Grenoble INP - Ense3 | École nationale supérieure de l'énergie, l'eau et l'environnement | Grenoble | FR | ense3; grenoble inp ense3 |
grenoble-inp-genie-industriel | Grenoble INP - Génie industriel | École de génie industriel de Grenoble | Grenoble | FR | grenoble inp génie industriel; grenoble inp - génie industriel; ensgi |
pagora | Grenoble INP - Pagora | École internationale du papier, de la communication imprimée et des biomatériaux | Saint-Martin-d'Hères | FR | pagora; grenoble inp pagora; efpg |
esisar | Grenoble INP - Esisar | École nationale supérieure des systèmes avancés et réseaux | Valence | FR | esisar; grenoble inp esisar |
toulouse-inp | Toulouse INP | Institut national polytechnique de Toulouse | Toulouse | FR | inp toulouse; inpt; inp-toulouse |
enseeiht | Toulouse INP - ENSEEIHT | École nationale supérieure d'électrotechnique, d'électronique, d'informatique, d'hydraulique et des télécommunications | Toulouse | FR | enseeiht; n7; inp-enseeiht; inp enseeiht; toulouse inp enseeiht |
ensiacet | Toulouse INP - ENSIACET | École nationale supérieure des ingénieurs en arts chimiques et technologiques | Toulouse | FR | ensiacet; inp-ensiacet |
ensat | Toulouse INP - ENSAT | École nationale supérieure agronomique de Toulouse | Auzeville-Tolosane | FR | ensat; inp-ensat |
enit | ENIT | École nationale d'ingénieurs de Tarbes | Tarbes | FR | enit; enit tarbes; inp-enit |
ei-purpan | École d'ingénieurs de Purpan | École d'ingénieurs de Purpan | Toulouse | FR | purpan; ei purpan; école supérieure d'agriculture de purpan |
bordeaux-inp | Bordeaux INP | Institut polytechnique de Bordeaux | Talence | FR | bordeaux inp; inp bordeaux; ipb bordeaux |
enseirb-matmeca | Bordeaux INP - ENSEIRB-MATMECA | École nationale supérieure d'électronique, informatique, télécommunications, mathématique et mécanique de Bordeaux | Talence | FR | enseirb-matmeca; enseirb; matmeca; enseirb matmeca |
enscbp | Bordeaux INP - ENSCBP | École nationale supérieure de chimie, de biologie et de physique | Pessac | FR | enscbp |
ensc-bordeaux | Bordeaux INP - ENSC | École nationale supérieure de cognitique | Talence | FR | ensc bordeaux; école nationale supérieure de cognitique |
enstbb | ENSTBB | École nationale supérieure de technologie des biomolécules de Bordeaux | Bordeaux | FR | enstbb |
ensegid | ENSEGID | École nationale supérieure en environnement, géoressources et ingénierie du développement durable | Pessac | FR | ensegid |
lorraine-inp | Lorraine INP | Institut national polytechnique de Lorraine | Nancy | FR | lorraine inp; inpl; inp lorraine |
ensem | ENSEM | École nationale supérieure d'électricité et de mécanique | Vandœuvre-lès-Nancy | FR | ensem; ensem nancy |
ensic | ENSIC | École nationale supérieure des industries chimiques | Nancy | FR | ensic; ensic nancy |
ensgsi | ENSGSI | École nationale supérieure en génie des systèmes et de l'innovation | Nancy | FR | ensgsi |
ensg-nancy | ENSG Nancy | École nationale supérieure de géologie | Vandœuvre-lès-Nancy | FR | ensg nancy; école nationale supérieure de géologie de nancy |
ensaia | ENSAIA | École nationale supérieure d'agronomie et des industries alimentaires | Vandœuvre-lès-Nancy | FR | ensaia |
eeigm | EEIGM | École européenne d'ingénieurs en génie des matériaux | Nancy | FR | eeigm |
enim | ENIM | École nationale d'ingénieurs de Metz | Metz | FR | enim; enim metz |
enstib | ENSTIB | École nationale supérieure des technologies et industries du bois | Épinal | FR | enstib |
clermont-auvergne-inp | Clermont Auvergne INP | Clermont Auvergne INP | Aubière | FR | clermont auvergne inp; inp clermont |
isima | ISIMA | Institut supérieur d'informatique, de modélisation et de leurs applications | Aubière | FR | isima |
sigma-clermont | SIGMA Clermont | SIGMA Clermont | Aubière | FR | sigma clermont; ifma; ensccf |
ensicaen | ENSICAEN | École nationale supérieure d'ingénieurs de Caen | Caen | FR | ensicaen; ensi caen |
ensiie | ENSIIE | École nationale supérieure d'informatique pour l'industrie et l'entreprise | Évry-Courcouronnes | FR | ensiie |
ensea | ENSEA | École nationale supérieure de l'électronique et de ses applications | Cergy | FR | ensea |
ensil-ensci | ENSIL-ENSCI | École nationale supérieure d'ingénieurs de Limoges | Limoges | FR | ensil-ensci; ensil; ensci limoges |
ensibs | ENSIBS | École nationale supérieure d'ingénieurs de Bretagne-Sud | Vannes | FR | ensibs |
enssat | ENSSAT | École nationale supérieure des sciences appliquées et de technologie | Lannion | FR | enssat |
ensait | ENSAIT | École nationale supérieure des arts et industries textiles | Roubaix | FR | ensait |
enscl | ENSCL | École nationale supérieure de chimie de Lille | Villeneuve-d'Ascq | FR | enscl; chimie lille; centrale lille enscl |
enscr | ENSCR | École nationale supérieure de chimie de Rennes | Rennes | FR | enscr; chimie rennes |
enscm | ENSCM | École nationale supérieure de chimie de Montpellier | Montpellier | FR | enscm; chimie montpellier |
enscmu | ENSCMu | École nationale supérieure de chimie de Mulhouse | Mulhouse | FR | enscmu; chimie mulhouse |
ensisa | ENSISA | École nationale supérieure d'ingénieurs Sud-Alsace | Mulhouse | FR | ensisa |
supmicrotech-ensmm | SUPMICROTECH-ENSMM | École nationale supérieure de mécanique et des microtechniques | Besançon | FR | ensmm; supmicrotech |
ensgti | ENSGTI | École nationale supérieure en génie des technologies industrielles | Pau | FR | ensgti |
ensim | ENSIM | École nationale supérieure d'ingénieurs du Mans | Le Mans | FR | ensim |
ensip | ENSIP | École nationale supérieure d'ingénieurs de Poitiers | Poitiers | FR | ensip |
enib | ENIB | École nationale d'ingénieurs de Brest | Plouzané | FR | enib |
ecpm | ECPM | École européenne de chimie, polymères et matériaux | Strasbourg | FR | ecpm |
esbs | ESBS | École supérieure de biotechnologie de Strasbourg | Illkirch-Graffenstaden | FR | esbs |
escom | ESCOM Chimie | École supérieure de chimie organique et minérale | Compiègne | FR | escom |
esix | ESIX Normandie | École supérieure d'ingénieurs de l'université de Caen | Caen | FR | esix |
esitc-caen | ESITC Caen | École supérieure d'ingénieurs des travaux de la construction de Caen | Épron | FR | esitc caen; esitc |
esgt | ESGT | École supérieure des géomètres et topographes | Le Mans | FR | esgt |
isat | ISAT | Institut supérieur de l'automobile et des transports | Nevers | FR | isat nevers |
3il | 3iL Ingénieurs | Institut d'ingénierie informatique de Limoges | Limoges | FR | 3il; 3il ingénieurs |
esir | ESIR | École supérieure d'ingénieurs de Rennes | Rennes | FR | esir |
estia | ESTIA | École supérieure des technologies industrielles avancées | Bidart | FR | estia |
sup-galilee | Sup Galilée | Sup Galilée | Villetaneuse | FR | sup galilée; institut galilée |
isty | ISTY | Institut des sciences et techniques des Yvelines | Vélizy-Villacoublay | FR | isty |
esigelec | ESIGELEC | École supérieure d'ingénieurs en génie électrique | Saint-Étienne-du-Rouvray | FR | esigelec |
esiee-paris | ESIEE Paris | École supérieure d'ingénieurs en électrotechnique et électronique | Noisy-le-Grand | FR | esiee; esiee paris |
esiee-amiens | ESIEE Amiens | ESIEE Amiens | Amiens | FR | esiee amiens |
esiee-it | ESIEE-IT | ESIEE-IT | Pontoise | FR | esiee-it; esiee it |
ece-paris | ECE Paris | École centrale d'électronique | Paris | FR | ece paris; ece engineering school; école centrale d'électronique | ECE
efrei | Efrei Paris | École française d'électronique et d'informatique | Villejuif | FR | efrei; efrei paris; école française d'électronique et d'informatique |
isep | ISEP | Institut supérieur d'électronique de Paris | Paris | FR | isep; isep paris |
esilv | ESILV | École supérieure d'ingénieurs Léonard-de-Vinci | Courbevoie | FR | esilv |
esiea | ESIEA | École supérieure d'informatique, électronique, automatique | Ivry-sur-Seine | FR | esiea |
esme | ESME | École spéciale de mécanique et d'électricité | Ivry-sur-Seine | FR | esme; esme sudria |
estp | ESTP | École spéciale des travaux publics, du bâtiment et de l'industrie | Cachan | FR | estp; estp paris; estp cachan |
epita | EPITA | École pour l'informatique et les techniques avancées | Le Kremlin-Bicêtre | FR | epita |
epitech | Epitech | École pour l'informatique et les nouvelles technologies | Le Kremlin-Bicêtre | FR | epitech; epitech paris |
ecole-42 | École 42 | 42 Paris | Paris | FR | école 42; ecole 42; 42 paris; 42 school; école 42 paris |
cy-tech | CY Tech | CY Tech | Cergy | FR | cy tech; eisti |
cpe-lyon | CPE Lyon | École supérieure de chimie physique électronique de Lyon | Villeurbanne | FR | cpe lyon | CPE
ecam-lasalle | ECAM LaSalle | École catholique d'arts et métiers | Lyon | FR | ecam; ecam lyon; ecam lasalle |
ecam-rennes | ECAM Rennes - Louis de Broglie | ECAM Rennes - Louis de Broglie | Bruz | FR | ecam rennes; ecam louis de broglie |
ecam-strasbourg | ECAM Strasbourg-Europe | ECAM Strasbourg-Europe | Schiltigheim | FR | ecam strasbourg; ecam strasbourg-europe |
icam | ICAM | Institut catholique d'arts et métiers | Lille | FR | icam; icam lille |
junia | JUNIA | JUNIA Grande école d'ingénieurs | Lille | FR | junia; yncréa hauts-de-france |
hei | JUNIA HEI | Hautes études d'ingénieur | Lille | FR | hei; hei lille; junia hei |
isen-lille | JUNIA ISEN | Institut supérieur de l'électronique et du numérique de Lille | Lille | FR | isen lille; junia isen |
isa-lille | JUNIA ISA | Institut supérieur d'agriculture de Lille | Lille | FR | isa lille; junia isa |
isen-ouest | ISEN Ouest | Institut supérieur de l'électronique et du numérique Ouest | Brest | FR | isen ouest; isen brest; isen rennes; isen nantes; isen caen; isen yncréa ouest |
isen-mediterranee | ISEN Méditerranée | Institut supérieur de l'électronique et du numérique Méditerranée | Toulon | FR | isen toulon; isen méditerranée; isen yncréa méditerranée |
eseo | ESEO | École supérieure d'électronique de l'Ouest | Angers | FR | eseo |
esaip | ESAIP | École supérieure angevine d'informatique et de productique | Saint-Barthélemy-d'Anjou | FR | esaip |
eigsi | EIGSI | École d'ingénieurs généralistes La Rochelle | La Rochelle | FR | eigsi |
cesi | CESI École d'ingénieurs | CESI École d'ingénieurs | | FR | cesi; cesi école d'ingénieurs; ei.cesi |
esb-nantes | ESB | École supérieure du bois | Nantes | FR | école supérieure du bois; esb nantes |
unilasalle | UniLaSalle | Institut polytechnique UniLaSalle | Beauvais | FR | unilasalle; institut polytechnique lasalle beauvais |
isara | ISARA | Institut supérieur d'agriculture Rhône-Alpes | Lyon | FR | isara; isara lyon |
esa-angers | ESA | École supérieure des agricultures | Angers | FR | esa angers; école supérieure d'agriculture d'angers |
institut-agro-montpellier | L'Institut Agro Montpellier | L'Institut Agro Montpellier | Montpellier | FR | institut agro montpellier; montpellier supagro; supagro |
institut-agro-rennes-angers | L'Institut Agro Rennes-Angers | L'Institut Agro Rennes-Angers | Rennes | FR | institut agro rennes-angers; agrocampus ouest |
institut-agro-dijon | L'Institut Agro Dijon | L'Institut Agro Dijon | Dijon | FR | institut agro dijon; agrosup dijon |
vetagro-sup | VetAgro Sup | VetAgro Sup | Marcy-l'Étoile | FR | vetagro sup; vetagrosup |
bordeaux-sciences-agro | Bordeaux Sciences Agro | Bordeaux Sciences Agro | Gradignan | FR | bordeaux sciences agro |
oniris | Oniris VetAgroBio Nantes | Oniris | Nantes | FR | oniris |
supbiotech | Sup'Biotech | Sup'Biotech | Villejuif | FR | sup'biotech; supbiotech |
ebi | EBI | École de biologie industrielle | Cergy | FR | ebi cergy; école de biologie industrielle |
utc-compiegne | Université de technologie de Compiègne | Université de technologie de Compiègne | Compiègne | FR | utc compiègne; utc compiegne; université de technologie de compiègne | UTC
utt | Université de technologie de Troyes | Université de technologie de Troyes | Troyes | FR | utt; utt troyes |
utbm | Université de technologie de Belfort-Montbéliard | Université de technologie de Belfort-Montbéliard | Belfort | FR | utbm |
polytech-angers | Polytech Angers | École polytechnique universitaire d'Angers | Angers | FR | polytech angers; istia |
polytech-annecy-chambery | Polytech Annecy-Chambéry | École polytechnique universitaire de l'université Savoie Mont Blanc | Annecy | FR | polytech annecy-chambéry; polytech annecy; polytech chambéry |
polytech-clermont | Polytech Clermont | École polytechnique universitaire de Clermont-Ferrand | Aubière | FR | polytech clermont; polytech clermont-ferrand |
polytech-dijon | Polytech Dijon | École polytechnique universitaire de Dijon | Dijon | FR | polytech dijon; esirem |
polytech-grenoble | Polytech Grenoble | École polytechnique universitaire de Grenoble | Saint-Martin-d'Hères | FR | polytech grenoble |
polytech-lille | Polytech Lille | École polytechnique universitaire de Lille | Villeneuve-d'Ascq | FR | polytech lille |
polytech-lyon | Polytech Lyon | École polytechnique universitaire de Lyon | Villeurbanne | FR | polytech lyon |
polytech-marseille | Polytech Marseille | École polytechnique universitaire de Marseille | Marseille | FR | polytech marseille |
polytech-montpellier | Polytech Montpellier | École polytechnique universitaire de Montpellier | Montpellier | FR | polytech montpellier |
polytech-nancy | Polytech Nancy | École polytechnique universitaire de Nancy | Vandœuvre-lès-Nancy | FR | polytech nancy; esstin |
polytech-nantes | Polytech Nantes | École polytechnique universitaire de Nantes | Nantes | FR | polytech nantes |
polytech-nice-sophia | Polytech Nice Sophia | École polytechnique universitaire de Nice Sophia | Biot | FR | polytech nice; polytech nice sophia; polytech nice-sophia |
polytech-orleans | Polytech Orléans | École polytechnique universitaire d'Orléans | Orléans | FR | polytech orléans |
polytech-paris-saclay | Polytech Paris-Saclay | École polytechnique universitaire de Paris-Saclay | Orsay | FR | polytech paris-saclay; polytech paris sud |
polytech-sorbonne | Polytech Sorbonne | École polytechnique universitaire de Sorbonne Université | Paris | FR | polytech sorbonne; polytech paris-upmc; polytech upmc |
polytech-tours | Polytech Tours | École polytechnique universitaire de Tours | Tours | FR | polytech tours |
ept-tunisie | École polytechnique de Tunisie | École polytechnique de Tunisie | La Marsa | TN | école polytechnique de tunisie; ept tunisie; polytechnique tunisie |
enit-tunis | ENIT Tunis | École nationale d'ingénieurs de Tunis | Tunis | TN | enit tunis; école nationale d'ingénieurs de tunis |
insat | INSAT | Institut national des sciences appliquées et de technologie | Tunis | TN | insat; insat tunis |
supcom | Sup'Com | École supérieure des communications de Tunis | Ariana | TN | sup'com; supcom; sup'com tunis |
esprit | ESPRIT | École supérieure privée d'ingénierie et de technologies | Ariana | TN | esprit tunis; esprit école d'ingénieurs | ESPRIT
emi-rabat | EMI | École Mohammadia d'ingénieurs | Rabat | MA | école mohammadia d'ingénieurs; emi rabat |
ensias | ENSIAS | École nationale supérieure d'informatique et d'analyse des systèmes | Rabat | MA | ensias |
inpt-rabat | INPT Rabat | Institut national des postes et télécommunications | Rabat | MA | inpt rabat; institut national des postes et télécommunications |
esi-alger | ESI | École nationale supérieure d'informatique | Algiers | DZ | esi alger; ex-ini; école nationale supérieure d'informatique d'alger |
enp-alger | ENP | École nationale polytechnique d'Alger | Algiers | DZ | enp alger; polytechnique alger; école nationale polytechnique d'alger |
esp-dakar | ESP Dakar | École supérieure polytechnique de Dakar | Dakar | SN | esp dakar; école supérieure polytechnique de dakar; polytechnique dakar |
mit | Massachusetts Institute of Technology | Massachusetts Institute of Technology | Cambridge | US | massachusetts institute of technology | MIT
caltech | Caltech | California Institute of Technology | Pasadena | US | caltech; california institute of technology |
georgia-tech | Georgia Tech | Georgia Institute of Technology | Atlanta | US | georgia tech; gatech |
cmu | Carnegie Mellon University | Carnegie Mellon University | Pittsburgh | US | carnegie mellon; cmu |
epfl | EPFL | École polytechnique fédérale de Lausanne | Lausanne | CH | epfl; école polytechnique fédérale de lausanne; ecole polytechnique federale de lausanne |
eth-zurich | ETH Zurich | Eidgenössische Technische Hochschule Zürich | Zurich | CH | eth zurich; eth zürich; ethz; eth; swiss federal institute of technology zurich |
tu-munich | Technical University of Munich | Technische Universität München | Munich | DE | tu munich; tum; tu münchen; technische universität münchen; technical university of munich |
kit | Karlsruhe Institute of Technology | Karlsruher Institut für Technologie | Karlsruhe | DE | karlsruhe institute of technology; karlsruher institut für technologie | KIT
rwth-aachen | RWTH Aachen University | Rheinisch-Westfälische Technische Hochschule Aachen | Aachen | DE | rwth aachen; rwth; rwth aachen university |
tu-berlin | TU Berlin | Technische Universität Berlin | Berlin | DE | tu berlin; technical university of berlin |
tu-darmstadt | TU Darmstadt | Technische Universität Darmstadt | Darmstadt | DE | tu darmstadt; technical university of darmstadt |
tu-dresden | TU Dresden | Technische Universität Dresden | Dresden | DE | tu dresden |
uni-stuttgart | University of Stuttgart | Universität Stuttgart | Stuttgart | DE | universität stuttgart; uni stuttgart |
tu-delft | TU Delft | Delft University of Technology | Delft | NL | tu delft; delft university of technology; technische universiteit delft |
tu-eindhoven | TU Eindhoven | Eindhoven University of Technology | Eindhoven | NL | tu eindhoven; eindhoven university of technology; tu/e |
polimi | Politecnico di Milano | Politecnico di Milano | Milan | IT | politecnico di milano; polimi; polytechnic university of milan |
polito | Politecnico di Torino | Politecnico di Torino | Turin | IT | politecnico di torino; polito |
kth | KTH Royal Institute of Technology | Kungliga Tekniska högskolan | Stockholm | SE | kth; kth royal institute of technology; royal institute of technology |
chalmers | Chalmers University of Technology | Chalmers tekniska högskola | Gothenburg | SE | chalmers; chalmers university of technology |
aalto | Aalto University | Aalto-yliopisto | Espoo | FI | aalto; aalto university |
dtu | DTU | Technical University of Denmark | Kongens Lyngby | DK | dtu; danmarks tekniske universitet |
ntnu | NTNU | Norwegian University of Science and Technology | Trondheim | NO | ntnu |
upm-madrid | Universidad Politécnica de Madrid | Universidad Politécnica de Madrid | Madrid | ES | universidad politécnica de madrid; upm; technical university of madrid |
upc-barcelona | Universitat Politècnica de Catalunya | Universitat Politècnica de Catalunya | Barcelona | ES | universitat politècnica de catalunya; upc; barcelonatech; upc barcelona |
ist-lisbon | Instituto Superior Técnico | Instituto Superior Técnico | Lisbon | PT | instituto superior técnico; técnico lisboa; ist lisbon; ist lisboa |
warsaw-tech | Warsaw University of Technology | Politechnika Warszawska | Warsaw | PL | warsaw university of technology; politechnika warszawska |
ctu-prague | Czech Technical University in Prague | České vysoké učení technické v Praze | Prague | CZ | czech technical university; čvut; ctu prague |
tu-wien | TU Wien | Technische Universität Wien | Vienna | AT | tu wien; vienna university of technology |
technion | Technion | Technion - Israel Institute of Technology | Haifa | IL | technion; israel institute of technology |
kaist | KAIST | Korea Advanced Institute of Science and Technology | Daejeon | KR | kaist |
iit-bombay | IIT Bombay | Indian Institute of Technology Bombay | Mumbai | IN | iit bombay; iitb |
iit-delhi | IIT Delhi | Indian Institute of Technology Delhi | New Delhi | IN | iit delhi; iitd |
iit-madras | IIT Madras | Indian Institute of Technology Madras | Chennai | IN | iit madras |
iit-kanpur | IIT Kanpur | Indian Institute of Technology Kanpur | Kanpur | IN | iit kanpur |
iit-kharagpur | IIT Kharagpur | Indian Institute of Technology Kharagpur | Kharagpur | IN | iit kharagpur |
polytechnique-montreal | Polytechnique Montréal | Polytechnique Montréal | Montreal | CA | polytechnique montréal; école polytechnique de montréal; poly montréal |
ets-montreal | École de technologie supérieure | École de technologie supérieure | Montreal | CA | éts montréal; école de technologie supérieure |
heig-vd | HEIG-VD | Haute École d'ingénierie et de gestion du canton de Vaud | Yverdon-les-Bains | CH | heig-vd |

## business
hec-paris | HEC Paris | École des hautes études commerciales de Paris | Jouy-en-Josas | FR | hec paris; hec; école des hautes études commerciales |
essec | ESSEC Business School | École supérieure des sciences économiques et commerciales | Cergy | FR | essec; essec business school |
escp | ESCP Business School | École supérieure de commerce de Paris | Paris | FR | escp; escp business school; escp europe; escp-eap; escp eap |
em-lyon | emlyon business school | École de management de Lyon | Lyon | FR | em lyon; emlyon; emlyon business school; em lyon business school |
edhec | EDHEC Business School | École des hautes études commerciales du Nord | Roubaix | FR | edhec; edhec business school |
audencia | Audencia | Audencia Business School | Nantes | FR | audencia; audencia nantes |
grenoble-em | Grenoble École de Management | Grenoble École de Management | Grenoble | FR | grenoble em; grenoble école de management; grenoble ecole de management | GEM
neoma | NEOMA Business School | NEOMA Business School | Reims | FR | neoma; neoma bs; reims management school; rouen business school |
skema | SKEMA Business School | SKEMA Business School | | FR | skema; skema bs; esc lille; ceram |
kedge | KEDGE Business School | KEDGE Business School | | FR | kedge; kedge bs; euromed management; bem bordeaux |
tbs | TBS Education | Toulouse Business School | Toulouse | FR | tbs education; toulouse business school; esc toulouse | TBS
rennes-sb | Rennes School of Business | Rennes School of Business | Rennes | FR | rennes sb; esc rennes; rennes school of business |
ieseg | IÉSEG School of Management | Institut d'économie scientifique et de gestion | Lille | FR | ieseg; iéseg |
montpellier-bs | Montpellier Business School | Montpellier Business School | Montpellier | FR | montpellier bs; mbs montpellier; esc montpellier |
icn | ICN Business School | ICN Business School | Nancy | FR | icn; icn business school |
em-strasbourg | EM Strasbourg Business School | École de management de Strasbourg | Strasbourg | FR | em strasbourg; iecs strasbourg |
inseec | INSEEC | Institut des hautes études économiques et commerciales | | FR | inseec; inseec grande école; inseec business school |
psb | PSB Paris School of Business | Paris School of Business | Paris | FR | psb; paris school of business; esg management school |
isc-paris | ISC Paris | Institut supérieur du commerce de Paris | Paris | FR | isc paris |
em-normandie | EM Normandie | École de management de Normandie | | FR | em normandie |
excelia | Excelia Business School | Excelia Business School | La Rochelle | FR | excelia; esc la rochelle |
bsb | BSB - Burgundy School of Business | Burgundy School of Business | Dijon | FR | bsb; burgundy school of business; esc dijon |
esc-clermont | ESC Clermont Business School | École supérieure de commerce de Clermont | Clermont-Ferrand | FR | esc clermont |
essca | ESSCA School of Management | École supérieure des sciences commerciales d'Angers | Angers | FR | essca |
ipag | IPAG Business School | Institut de préparation à l'administration et à la gestion | Paris | FR | ipag |
isg | ISG | Institut supérieur de gestion | Paris | FR | isg; isg paris |
esce | ESCE | École supérieure du commerce extérieur | Paris | FR | esce |
ebs-paris | EBS Paris | European Business School Paris | Paris | FR | ebs paris; european business school paris |
edc-paris | EDC Paris Business School | EDC Paris Business School | | FR | edc paris; edc business school |
esc-pau | ESC Pau Business School | École supérieure de commerce de Pau | Pau | FR | esc pau |
brest-bs | Brest Business School | Brest Business School | Brest | FR | brest business school; esc brest |
south-champagne-bs | South Champagne Business School | South Champagne Business School | Troyes | FR | south champagne business school; esc troyes; y schools |
esc-amiens | ESC Amiens | École supérieure de commerce d'Amiens | Amiens | FR | esc amiens |
emlv | EMLV | École de management Léonard de Vinci | Courbevoie | FR | emlv |
imt-bs | Institut Mines-Télécom Business School | Institut Mines-Télécom Business School | Évry-Courcouronnes | FR | imt business school; imt-bs; télécom école de management |
iae-paris | IAE Paris - Sorbonne Business School | IAE Paris - Sorbonne Business School | Paris | FR | iae paris; sorbonne business school |
iae-lyon | iaelyon School of Management | iaelyon School of Management | Lyon | FR | iae lyon; iaelyon |
iae-aix | IAE Aix-Marseille Graduate School of Management | IAE Aix-Marseille | Aix-en-Provence | FR | iae aix; iae aix-marseille |
iae-bordeaux | IAE Bordeaux | IAE Bordeaux School of Management | Bordeaux | FR | iae bordeaux |
iae-lille | IAE Lille University School of Management | IAE Lille | Lille | FR | iae lille |
tsm | TSM - Toulouse School of Management | Toulouse School of Management | Toulouse | FR | toulouse school of management; iae toulouse |
iae-nantes | IAE Nantes | IAE Nantes - Économie & Management | Nantes | FR | iae nantes |
iae-grenoble | Grenoble IAE | Grenoble IAE - INP | Grenoble | FR | grenoble iae; iae grenoble |
istec | ISTEC | ISTEC | Paris | FR | istec |
idrac | IDRAC Business School | IDRAC Business School | Lyon | FR | idrac |
esdes | ESDES | ESDES Business School | Lyon | FR | esdes |
icd | ICD Business School | ICD Business School | Paris | FR | icd business school |
sup-de-pub | Sup de Pub | Sup de Pub | Paris | FR | sup de pub |
insead | INSEAD | Institut européen d'administration des affaires | Fontainebleau | FR | insead |
london-business-school | London Business School | London Business School | London | GB | london business school | LBS
wharton | The Wharton School | The Wharton School of the University of Pennsylvania | Philadelphia | US | wharton; wharton school |
harvard-business-school | Harvard Business School | Harvard Business School | Boston | US | harvard business school; hbs |
stanford-gsb | Stanford Graduate School of Business | Stanford Graduate School of Business | Stanford | US | stanford gsb |
hec-montreal | HEC Montréal | École des hautes études commerciales de Montréal | Montreal | CA | hec montréal |
hec-lausanne | HEC Lausanne | Faculté des hautes études commerciales de l'Université de Lausanne | Lausanne | CH | hec lausanne |
imd | IMD | International Institute for Management Development | Lausanne | CH | imd; imd business school |
bocconi | Bocconi University | Università Commerciale Luigi Bocconi | Milan | IT | bocconi; università bocconi; universita bocconi |
esade | ESADE | ESADE Business School | Barcelona | ES | esade; esade business school |
iese | IESE Business School | IESE Business School | Barcelona | ES | iese; iese business school |
ie-university | IE University | IE University | Madrid | ES | ie university; ie business school; instituto de empresa |
stockholm-school-of-economics | Stockholm School of Economics | Handelshögskolan i Stockholm | Stockholm | SE | stockholm school of economics |
copenhagen-business-school | Copenhagen Business School | Copenhagen Business School | Frederiksberg | DK | copenhagen business school |
nova-sbe | Nova SBE | Nova School of Business and Economics | Carcavelos | PT | nova sbe; nova school of business and economics |
vlerick | Vlerick Business School | Vlerick Business School | Ghent | BE | vlerick |
rotterdam-school-of-management | Rotterdam School of Management | Rotterdam School of Management, Erasmus University | Rotterdam | NL | rotterdam school of management; rsm erasmus |

## political_science
sciences-po | Sciences Po | Institut d'études politiques de Paris | Paris | FR | sciences po; sciences po paris; sciencespo; iep de paris; iep paris |
iep-aix | Sciences Po Aix | Institut d'études politiques d'Aix-en-Provence | Aix-en-Provence | FR | sciences po aix; iep d'aix; iep aix; iep d'aix-en-provence |
iep-bordeaux | Sciences Po Bordeaux | Institut d'études politiques de Bordeaux | Pessac | FR | sciences po bordeaux; iep de bordeaux; iep bordeaux |
iep-grenoble | Sciences Po Grenoble | Institut d'études politiques de Grenoble | Saint-Martin-d'Hères | FR | sciences po grenoble; iep de grenoble; iep grenoble |
iep-lille | Sciences Po Lille | Institut d'études politiques de Lille | Lille | FR | sciences po lille; iep de lille; iep lille |
iep-lyon | Sciences Po Lyon | Institut d'études politiques de Lyon | Lyon | FR | sciences po lyon; iep de lyon; iep lyon |
iep-rennes | Sciences Po Rennes | Institut d'études politiques de Rennes | Rennes | FR | sciences po rennes; iep de rennes; iep rennes |
iep-saint-germain | Sciences Po Saint-Germain-en-Laye | Institut d'études politiques de Saint-Germain-en-Laye | Saint-Germain-en-Laye | FR | sciences po saint-germain-en-laye; iep de saint-germain-en-laye; iep saint-germain; iep saint-germain-en-laye |
iep-strasbourg | Sciences Po Strasbourg | Institut d'études politiques de Strasbourg | Strasbourg | FR | sciences po strasbourg; iep de strasbourg; iep strasbourg |
iep-toulouse | Sciences Po Toulouse | Institut d'études politiques de Toulouse | Toulouse | FR | sciences po toulouse; iep de toulouse; iep toulouse |
insp | INSP | Institut national du service public | Strasbourg | FR | insp; école nationale d'administration; institut national du service public | ENA
lse | London School of Economics | London School of Economics and Political Science | London | GB | lse; london school of economics |
graduate-institute-geneva | Geneva Graduate Institute | Institut de hautes études internationales et du développement | Geneva | CH | geneva graduate institute; iheid; graduate institute geneva |
college-of-europe | College of Europe | Collège d'Europe | Bruges | BE | college of europe; collège d'europe; collège de bruges |

## university
ens-paris | École normale supérieure (Ulm) | École normale supérieure | Paris | FR | ens ulm; ens paris; école normale supérieure; ecole normale superieure; normale sup; ens psl; normale sup ulm | ENS
ens-paris-saclay | ENS Paris-Saclay | École normale supérieure Paris-Saclay | Gif-sur-Yvette | FR | ens paris-saclay; ens cachan; école normale supérieure de cachan; normale sup cachan |
ens-lyon | ENS de Lyon | École normale supérieure de Lyon | Lyon | FR | ens lyon; ens de lyon |
ens-rennes | ENS Rennes | École normale supérieure de Rennes | Bruz | FR | ens rennes; ens de rennes |
paris-1-pantheon-sorbonne | Université Paris 1 Panthéon-Sorbonne | Université Paris 1 Panthéon-Sorbonne | Paris | FR | paris 1; paris i; panthéon-sorbonne; pantheon sorbonne; université paris 1; université panthéon-sorbonne; paris 1 panthéon-sorbonne |
paris-2-pantheon-assas | Université Paris-Panthéon-Assas | Université Paris-Panthéon-Assas | Paris | FR | paris 2; paris ii; panthéon-assas; assas; université paris 2; université panthéon-assas |
sorbonne-nouvelle | Université Sorbonne Nouvelle | Université Sorbonne Nouvelle | Paris | FR | sorbonne nouvelle; paris 3; paris iii; université paris 3 |
sorbonne-universite | Sorbonne Université | Sorbonne Université | Paris | FR | sorbonne université; upmc; paris 6; paris vi; pierre et marie curie; université pierre et marie curie; paris 4; paris iv; paris-sorbonne; université paris-sorbonne; université paris 4; université paris 6 |
universite-paris-cite | Université Paris Cité | Université Paris Cité | Paris | FR | paris cité; université de paris; paris descartes; université paris descartes; paris 5; paris v; paris diderot; université paris diderot; paris 7; paris vii |
paris-8 | Université Paris 8 Vincennes-Saint-Denis | Université Paris 8 Vincennes-Saint-Denis | Saint-Denis | FR | paris 8; paris viii; université paris 8; vincennes-saint-denis |
dauphine | Université Paris Dauphine-PSL | Université Paris Dauphine-PSL | Paris | FR | dauphine; paris dauphine; paris-dauphine; paris 9; paris ix; université paris-dauphine; dauphine-psl |
paris-nanterre | Université Paris Nanterre | Université Paris Nanterre | Nanterre | FR | paris nanterre; paris 10; paris x; paris ouest nanterre la défense; université de nanterre; université paris 10 |
universite-paris-saclay | Université Paris-Saclay | Université Paris-Saclay | Orsay | FR | université paris-saclay; paris-saclay; upsaclay; université paris-sud; paris-sud; paris 11; paris xi; université paris 11 |
upec | Université Paris-Est Créteil | Université Paris-Est Créteil Val-de-Marne | Créteil | FR | upec; paris 12; paris xii; paris-est créteil; université paris 12 |
sorbonne-paris-nord | Université Sorbonne Paris Nord | Université Sorbonne Paris Nord | Villetaneuse | FR | sorbonne paris nord; paris 13; paris xiii; paris nord; université paris 13; université paris nord |
psl | Université PSL | Université Paris sciences et lettres | Paris | FR | psl; psl university; paris sciences et lettres; psl research university |
gustave-eiffel | Université Gustave Eiffel | Université Gustave Eiffel | Champs-sur-Marne | FR | université gustave eiffel; upem; université paris-est marne-la-vallée; paris-est marne-la-vallée |
univ-evry | Université d'Évry Paris-Saclay | Université d'Évry Paris-Saclay | Évry-Courcouronnes | FR | université d'évry; université d'évry-val-d'essonne; ueve |
uvsq | Université de Versailles Saint-Quentin-en-Yvelines | Université de Versailles Saint-Quentin-en-Yvelines | Versailles | FR | uvsq; université de versailles; versailles saint-quentin |
cy-cergy | CY Cergy Paris Université | CY Cergy Paris Université | Cergy | FR | cy cergy paris université; université de cergy-pontoise; université cergy-pontoise; cy université |
ip-paris | Institut Polytechnique de Paris | Institut Polytechnique de Paris | Palaiseau | FR | ip paris; institut polytechnique de paris |
inalco | Inalco | Institut national des langues et civilisations orientales | Paris | FR | inalco; langues o |
ehess | EHESS | École des hautes études en sciences sociales | Paris | FR | ehess |
ephe | EPHE | École pratique des hautes études | Paris | FR | ephe |
cnam | Cnam | Conservatoire national des arts et métiers | Paris | FR | cnam; le cnam |
tse | Toulouse School of Economics | Toulouse School of Economics | Toulouse | FR | toulouse school of economics | TSE
pse | Paris School of Economics | Paris School of Economics | Paris | FR | paris school of economics; école d'économie de paris | PSE
icp | Institut catholique de Paris | Institut catholique de Paris | Paris | FR | institut catholique de paris; icp paris; catho de paris |
ucly | Université catholique de Lyon | Université catholique de Lyon | Lyon | FR | ucly; catho de lyon |
uco | Université catholique de l'Ouest | Université catholique de l'Ouest | Angers | FR | uco; catho d'angers |
univ-catholique-lille | Université catholique de Lille | Université catholique de Lille | Lille | FR | catho de lille; catho lille |
aix-marseille-universite | Aix-Marseille Université | Aix-Marseille Université | Marseille | FR | amu; aix-marseille; université d'aix-marseille; université aix-marseille; université de provence; université de la méditerranée; université paul cézanne |
univ-avignon | Avignon Université | Avignon Université | Avignon | FR | université d'avignon; université d'avignon et des pays de vaucluse |
univ-toulon | Université de Toulon | Université de Toulon | La Garde | FR | université de toulon; université du sud toulon-var |
univ-cote-d-azur | Université Côte d'Azur | Université Côte d'Azur | Nice | FR | université côte d'azur; université de nice; université nice sophia antipolis; université nice-sophia-antipolis |
univ-corse | Université de Corse Pasquale Paoli | Université de Corse Pasquale Paoli | Corte | FR | université de corse; università di corsica |
univ-montpellier | Université de Montpellier | Université de Montpellier | Montpellier | FR | université de montpellier; montpellier 2; université montpellier 2; montpellier 1; université montpellier 1 |
univ-paul-valery | Université Paul-Valéry Montpellier 3 | Université Paul-Valéry Montpellier 3 | Montpellier | FR | montpellier 3; paul valéry; université paul-valéry; université montpellier 3 |
univ-nimes | Université de Nîmes | Université de Nîmes | Nîmes | FR | unîmes; université de nîmes |
univ-perpignan | Université de Perpignan Via Domitia | Université de Perpignan Via Domitia | Perpignan | FR | upvd; université de perpignan |
toulouse-capitole | Université Toulouse Capitole | Université Toulouse Capitole | Toulouse | FR | toulouse 1; toulouse i; toulouse 1 capitole; ut1; ut capitole; université toulouse 1 capitole |
toulouse-jean-jaures | Université Toulouse - Jean Jaurès | Université Toulouse - Jean Jaurès | Toulouse | FR | toulouse 2; toulouse ii; toulouse le mirail; université toulouse le mirail; ut2j; université jean jaurès |
toulouse-3-paul-sabatier | Université Toulouse III - Paul Sabatier | Université Toulouse III - Paul Sabatier | Toulouse | FR | paul sabatier; toulouse iii; ups toulouse; toulouse 3; ut3; université paul sabatier; université toulouse 3; université toulouse iii |
champollion | INU Champollion | Institut national universitaire Jean-François Champollion | Albi | FR | inu champollion; université champollion |
univ-pau | Université de Pau et des Pays de l'Adour | Université de Pau et des Pays de l'Adour | Pau | FR | uppa; université de pau |
universite-de-bordeaux | Université de Bordeaux | Université de Bordeaux | Bordeaux | FR | université de bordeaux; bordeaux 1; bordeaux i; université bordeaux 1; bordeaux 2; université bordeaux segalen; bordeaux 4; université bordeaux iv |
bordeaux-montaigne | Université Bordeaux Montaigne | Université Bordeaux Montaigne | Pessac | FR | bordeaux montaigne; bordeaux 3; université bordeaux 3; université michel de montaigne |
univ-la-rochelle | La Rochelle Université | La Rochelle Université | La Rochelle | FR | université de la rochelle |
univ-poitiers | Université de Poitiers | Université de Poitiers | Poitiers | FR | université de poitiers |
univ-limoges | Université de Limoges | Université de Limoges | Limoges | FR | université de limoges |
univ-clermont-auvergne | Université Clermont Auvergne | Université Clermont Auvergne | Clermont-Ferrand | FR | université clermont auvergne; université blaise pascal; université d'auvergne; clermont 2 |
univ-jean-monnet | Université Jean Monnet Saint-Étienne | Université Jean Monnet Saint-Étienne | Saint-Étienne | FR | ujm; université jean monnet; université de saint-étienne |
lyon-1 | Université Claude Bernard Lyon 1 | Université Claude Bernard Lyon 1 | Villeurbanne | FR | université claude bernard lyon 1; lyon 1; ucbl; université lyon 1; claude bernard; lyon i |
lyon-2 | Université Lumière Lyon 2 | Université Lumière Lyon 2 | Lyon | FR | lyon 2; lyon ii; université lyon 2; lumière lyon 2 |
lyon-3 | Université Jean Moulin Lyon 3 | Université Jean Moulin Lyon 3 | Lyon | FR | lyon 3; lyon iii; université lyon 3; jean moulin lyon 3 |
universite-grenoble-alpes | Université Grenoble Alpes | Université Grenoble Alpes | Grenoble | FR | uga; université grenoble alpes; ujf; université joseph fourier; grenoble 1; université pierre mendès france; upmf; université stendhal |
univ-savoie | Université Savoie Mont Blanc | Université Savoie Mont Blanc | Chambéry | FR | usmb; université de savoie |
univ-bourgogne | Université de Bourgogne | Université de Bourgogne | Dijon | FR | université de bourgogne; université bourgogne europe; u-bourgogne |
univ-franche-comte | Université de Franche-Comté | Université de Franche-Comté | Besançon | FR | université de franche-comté |
univ-lorraine | Université de Lorraine | Université de Lorraine | Nancy | FR | université de lorraine; université henri poincaré; université nancy 1; université de metz; université paul verlaine |
universite-de-strasbourg | Université de Strasbourg | Université de Strasbourg | Strasbourg | FR | unistra; université de strasbourg; université louis pasteur |
univ-haute-alsace | Université de Haute-Alsace | Université de Haute-Alsace | Mulhouse | FR | uha; université de haute-alsace |
univ-reims | Université de Reims Champagne-Ardenne | Université de Reims Champagne-Ardenne | Reims | FR | urca; université de reims |
univ-picardie | Université de Picardie Jules Verne | Université de Picardie Jules Verne | Amiens | FR | upjv; université de picardie |
universite-de-lille | Université de Lille | Université de Lille | Lille | FR | université de lille; lille 1; lille i; université lille 1; université des sciences et technologies de lille; ustl; lille 2; lille 3; université lille 2; université lille 3 |
uphf | Université Polytechnique Hauts-de-France | Université Polytechnique Hauts-de-France | Valenciennes | FR | uphf; université de valenciennes; université de valenciennes et du hainaut-cambrésis; uvhc |
univ-artois | Université d'Artois | Université d'Artois | Arras | FR | université d'artois |
ulco | Université du Littoral Côte d'Opale | Université du Littoral Côte d'Opale | Dunkerque | FR | ulco; université du littoral |
univ-rouen | Université de Rouen Normandie | Université de Rouen Normandie | Mont-Saint-Aignan | FR | université de rouen |
univ-le-havre | Université Le Havre Normandie | Université Le Havre Normandie | Le Havre | FR | université du havre; université le havre |
univ-caen | Université de Caen Normandie | Université de Caen Normandie | Caen | FR | unicaen; université de caen |
universite-de-rennes | Université de Rennes | Université de Rennes | Rennes | FR | rennes 1; université de rennes 1; rennes i; université rennes 1 |
rennes-2 | Université Rennes 2 | Université Rennes 2 | Rennes | FR | rennes 2; rennes ii; université de haute-bretagne |
ubo | Université de Bretagne Occidentale | Université de Bretagne Occidentale | Brest | FR | ubo; université de brest |
univ-bretagne-sud | Université Bretagne Sud | Université Bretagne Sud | Lorient | FR | université de bretagne sud; université bretagne-sud |
nantes-universite | Nantes Université | Nantes Université | Nantes | FR | université de nantes; nantes université |
univ-angers | Université d'Angers | Université d'Angers | Angers | FR | université d'angers |
le-mans-universite | Le Mans Université | Le Mans Université | Le Mans | FR | université du maine; université du mans |
univ-tours | Université de Tours | Université de Tours | Tours | FR | université de tours; université françois-rabelais |
univ-orleans | Université d'Orléans | Université d'Orléans | Orléans | FR | université d'orléans |
univ-antilles | Université des Antilles | Université des Antilles | Pointe-à-Pitre | FR | université des antilles; université des antilles et de la guyane; uag |
univ-guyane | Université de Guyane | Université de Guyane | Cayenne | FR | université de guyane |
univ-reunion | Université de La Réunion | Université de La Réunion | Saint-Denis | FR | université de la réunion |
univ-nouvelle-caledonie | Université de la Nouvelle-Calédonie | Université de la Nouvelle-Calédonie | Nouméa | FR | université de nouvelle-calédonie; unc nouméa |
univ-polynesie | Université de la Polynésie française | Université de la Polynésie française | Faa'a | FR | université de polynésie française; upf tahiti |
stanford | Stanford University | Leland Stanford Junior University | Stanford | US | stanford; stanford university |
harvard | Harvard University | Harvard University | Cambridge | US | harvard; harvard university |
berkeley | University of California, Berkeley | University of California, Berkeley | Berkeley | US | uc berkeley; berkeley; university of california berkeley |
princeton | Princeton University | Princeton University | Princeton | US | princeton; princeton university |
yale | Yale University | Yale University | New Haven | US | yale; yale university |
columbia | Columbia University | Columbia University in the City of New York | New York | US | columbia university |
cornell | Cornell University | Cornell University | Ithaca | US | cornell; cornell university |
uiuc | University of Illinois Urbana-Champaign | University of Illinois Urbana-Champaign | Urbana-Champaign | US | uiuc; university of illinois at urbana-champaign; illinois urbana-champaign |
uw-seattle | University of Washington | University of Washington | Seattle | US | university of washington; uw seattle |
ucla | UCLA | University of California, Los Angeles | Los Angeles | US | ucla; university of california los angeles |
nyu | New York University | New York University | New York | US | nyu |
upenn | University of Pennsylvania | University of Pennsylvania | Philadelphia | US | upenn | Penn
uchicago | University of Chicago | University of Chicago | Chicago | US | uchicago |
umich | University of Michigan | University of Michigan | Ann Arbor | US | umich; university of michigan ann arbor |
ut-austin | University of Texas at Austin | University of Texas at Austin | Austin | US | ut austin |
ucsd | UC San Diego | University of California, San Diego | San Diego | US | ucsd; university of california san diego |
jhu | Johns Hopkins University | Johns Hopkins University | Baltimore | US | johns hopkins; jhu |
duke | Duke University | Duke University | Durham | US | duke university |
northwestern | Northwestern University | Northwestern University | Evanston | US | northwestern university |
brown | Brown University | Brown University | Providence | US | brown university |
usc | University of Southern California | University of Southern California | Los Angeles | US | usc |
purdue | Purdue University | Purdue University | West Lafayette | US | purdue |
umd | University of Maryland | University of Maryland, College Park | College Park | US | umd; university of maryland college park |
boston-university | Boston University | Boston University | Boston | US | |
northeastern | Northeastern University | Northeastern University | Boston | US | |
uw-madison | University of Wisconsin-Madison | University of Wisconsin-Madison | Madison | US | uw-madison; university of wisconsin |
toronto | University of Toronto | University of Toronto | Toronto | CA | uoft; u of t |
mcgill | McGill University | McGill University | Montreal | CA | mcgill; mcgill university; université mcgill |
waterloo | University of Waterloo | University of Waterloo | Waterloo | CA | uwaterloo |
ubc | University of British Columbia | University of British Columbia | Vancouver | CA | ubc |
universite-de-montreal | Université de Montréal | Université de Montréal | Montreal | CA | université de montréal; udem |
ulaval | Université Laval | Université Laval | Quebec City | CA | université laval; ulaval |
concordia | Concordia University | Concordia University | Montreal | CA | concordia university; université concordia |
uqam | UQAM | Université du Québec à Montréal | Montreal | CA | uqam |
usherbrooke | Université de Sherbrooke | Université de Sherbrooke | Sherbrooke | CA | usherbrooke |
ualberta | University of Alberta | University of Alberta | Edmonton | CA | ualberta |
uottawa | University of Ottawa | University of Ottawa | Ottawa | CA | uottawa; université d'ottawa |
oxford | University of Oxford | University of Oxford | Oxford | GB | university of oxford; oxford university |
cambridge | University of Cambridge | University of Cambridge | Cambridge | GB | university of cambridge; cambridge university |
imperial-college | Imperial College London | Imperial College of Science, Technology and Medicine | London | GB | imperial college london; imperial college |
ucl | University College London | University College London | London | GB | university college london | UCL
kcl | King's College London | King's College London | London | GB | king's college london; kcl; kings college london |
edinburgh | University of Edinburgh | University of Edinburgh | Edinburgh | GB | university of edinburgh; edinburgh university |
manchester | University of Manchester | University of Manchester | Manchester | GB | university of manchester; manchester university |
warwick | University of Warwick | University of Warwick | Coventry | GB | university of warwick; warwick university |
bristol | University of Bristol | University of Bristol | Bristol | GB | university of bristol; bristol university |
southampton | University of Southampton | University of Southampton | Southampton | GB | university of southampton |
glasgow | University of Glasgow | University of Glasgow | Glasgow | GB | university of glasgow |
trinity-college-dublin | Trinity College Dublin | Trinity College Dublin, the University of Dublin | Dublin | IE | trinity college dublin; tcd |
ucd | University College Dublin | University College Dublin | Dublin | IE | university college dublin; ucd |
unige | Université de Genève | Université de Genève | Geneva | CH | université de genève; unige; university of geneva |
unil | Université de Lausanne | Université de Lausanne | Lausanne | CH | université de lausanne; unil; university of lausanne |
uzh | University of Zurich | Universität Zürich | Zurich | CH | uzh; universität zürich |
lmu | LMU Munich | Ludwig-Maximilians-Universität München | Munich | DE | lmu; lmu munich; lmu münchen; ludwig maximilian university of munich |
hu-berlin | Humboldt University of Berlin | Humboldt-Universität zu Berlin | Berlin | DE | hu berlin; humboldt university; humboldt-universität |
fu-berlin | Free University of Berlin | Freie Universität Berlin | Berlin | DE | fu berlin; freie universität berlin |
heidelberg | Heidelberg University | Ruprecht-Karls-Universität Heidelberg | Heidelberg | DE | heidelberg university; universität heidelberg; university of heidelberg |
uva | University of Amsterdam | Universiteit van Amsterdam | Amsterdam | NL | university of amsterdam; universiteit van amsterdam; uva |
leiden | Leiden University | Universiteit Leiden | Leiden | NL | leiden university |
utrecht | Utrecht University | Universiteit Utrecht | Utrecht | NL | utrecht university |
erasmus-rotterdam | Erasmus University Rotterdam | Erasmus Universiteit Rotterdam | Rotterdam | NL | erasmus university rotterdam; eur rotterdam |
ku-leuven | KU Leuven | Katholieke Universiteit Leuven | Leuven | BE | ku leuven; kuleuven |
uclouvain | UCLouvain | Université catholique de Louvain | Louvain-la-Neuve | BE | uclouvain; université catholique de louvain; ucl louvain |
ulb | Université libre de Bruxelles | Université libre de Bruxelles | Brussels | BE | ulb; université libre de bruxelles; solvay brussels school |
ugent | Ghent University | Universiteit Gent | Ghent | BE | ugent; ghent university |
uliege | Université de Liège | Université de Liège | Liège | BE | uliège; université de liège |
sapienza | Sapienza University of Rome | Sapienza Università di Roma | Rome | IT | sapienza; la sapienza |
unibo | University of Bologna | Alma Mater Studiorum - Università di Bologna | Bologna | IT | unibo; università di bologna |
lund | Lund University | Lunds universitet | Lund | SE | lund university |
uppsala | Uppsala University | Uppsala universitet | Uppsala | SE | uppsala university |
helsinki | University of Helsinki | Helsingin yliopisto | Helsinki | FI | university of helsinki |
ku-copenhagen | University of Copenhagen | Københavns Universitet | Copenhagen | DK | university of copenhagen; københavns universitet |
uio | University of Oslo | Universitetet i Oslo | Oslo | NO | university of oslo; uio |
uc3m | Universidad Carlos III de Madrid | Universidad Carlos III de Madrid | Getafe | ES | uc3m; carlos iii |
ub-barcelona | University of Barcelona | Universitat de Barcelona | Barcelona | ES | university of barcelona; universitat de barcelona |
uporto | University of Porto | Universidade do Porto | Porto | PT | university of porto; universidade do porto; u.porto |
uw-warsaw | University of Warsaw | Uniwersytet Warszawski | Warsaw | PL | university of warsaw |
charles-university | Charles University | Univerzita Karlova | Prague | CZ | charles university; univerzita karlova |
uni-wien | University of Vienna | Universität Wien | Vienna | AT | university of vienna; universität wien |
tel-aviv-university | Tel Aviv University | Tel Aviv University | Tel Aviv | IL | tel aviv university | TAU
huji | Hebrew University of Jerusalem | Hebrew University of Jerusalem | Jerusalem | IL | huji; hebrew university |
weizmann | Weizmann Institute of Science | Weizmann Institute of Science | Rehovot | IL | weizmann institute |
tsinghua | Tsinghua University | Tsinghua University | Beijing | CN | tsinghua |
peking | Peking University | Peking University | Beijing | CN | pku; peking university; beida |
fudan | Fudan University | Fudan University | Shanghai | CN | fudan |
sjtu | Shanghai Jiao Tong University | Shanghai Jiao Tong University | Shanghai | CN | sjtu; shanghai jiao tong |
zju | Zhejiang University | Zhejiang University | Hangzhou | CN | zju |
ustc | University of Science and Technology of China | University of Science and Technology of China | Hefei | CN | ustc |
nus | National University of Singapore | National University of Singapore | Singapore | SG | nus |
ntu-singapore | Nanyang Technological University | Nanyang Technological University | Singapore | SG | ntu; ntu singapore; nanyang |
utokyo | University of Tokyo | 東京大学 | Tokyo | JP | utokyo; todai; university of tokyo |
kyoto | Kyoto University | 京都大学 | Kyoto | JP | kyoto university |
snu | Seoul National University | Seoul National University | Seoul | KR | snu |
iisc | Indian Institute of Science | Indian Institute of Science | Bangalore | IN | iisc; iisc bangalore |
unimelb | University of Melbourne | University of Melbourne | Melbourne | AU | unimelb |
usyd | University of Sydney | University of Sydney | Sydney | AU | usyd |
anu | Australian National University | Australian National University | Canberra | AU | anu |
unsw | UNSW Sydney | University of New South Wales | Sydney | AU | unsw |
monash | Monash University | Monash University | Melbourne | AU | monash |
usp | Universidade de São Paulo | Universidade de São Paulo | São Paulo | BR | university of são paulo | USP
unicamp | Unicamp | Universidade Estadual de Campinas | Campinas | BR | unicamp |
um6p | Mohammed VI Polytechnic University | Université Mohammed VI Polytechnique | Ben Guerir | MA | um6p; université mohammed vi polytechnique |
usthb | USTHB | Université des sciences et de la technologie Houari-Boumédiène | Algiers | DZ | usthb |
ucad | Université Cheikh Anta Diop | Université Cheikh Anta Diop de Dakar | Dakar | SN | ucad; université cheikh anta diop |
aub | American University of Beirut | American University of Beirut | Beirut | LB | aub |
usj | Université Saint-Joseph de Beyrouth | Université Saint-Joseph de Beyrouth | Beirut | LB | usj; université saint-joseph |

## art_design
ensad | EnsAD | École nationale supérieure des arts décoratifs | Paris | FR | ensad; arts déco; arts décoratifs; arts déco paris |
gobelins | Gobelins Paris | Gobelins, l'école de l'image | Paris | FR | gobelins; école des gobelins |
ensci | ENSCI - Les Ateliers | École nationale supérieure de création industrielle | Paris | FR | ensci; ensci les ateliers; ensci-les ateliers |
beaux-arts-paris | Beaux-Arts de Paris | École nationale supérieure des beaux-arts | Paris | FR | beaux-arts de paris; ensba; ensba paris |
beaux-arts-lyon | ENSBA Lyon | École nationale supérieure des beaux-arts de Lyon | Lyon | FR | ensba lyon; beaux-arts de lyon |
strate | Strate École de design | Strate École de design | Sèvres | FR | strate école de design; strate design |
ecole-boulle | École Boulle | École supérieure des arts appliqués Boulle | Paris | FR | école boulle |
ensaama | ENSAAMA | École nationale supérieure des arts appliqués et des métiers d'art | Paris | FR | ensaama; olivier de serres |
estienne | École Estienne | École supérieure des arts et industries graphiques | Paris | FR | école estienne |
duperre | École Duperré | École supérieure des arts appliqués Duperré | Paris | FR | école duperré |
penninghen | ESAG Penninghen | École supérieure d'arts graphiques Penninghen | Paris | FR | penninghen; esag penninghen |
lisaa | LISAA | L'Institut supérieur des arts appliqués | Paris | FR | lisaa |
ecole-design-nantes | L'École de design Nantes Atlantique | L'École de design Nantes Atlantique | Nantes | FR | école de design nantes atlantique; école de design nantes |
rubika | Rubika | Rubika | Valenciennes | FR | rubika; supinfocom |
hear | HEAR | Haute école des arts du Rhin | Strasbourg | FR | haute école des arts du rhin |
esadse | ESADSE | École supérieure d'art et design de Saint-Étienne | Saint-Étienne | FR | esadse |
ecv | ECV | École de communication visuelle | Paris | FR | école de communication visuelle |
e-artsup | e-artsup | e-artsup | Paris | FR | e-artsup |
creapole | Créapôle | Créapôle | Paris | FR | créapôle |
esmod | ESMOD | École supérieure des arts et techniques de la mode | Paris | FR | esmod |
ifm | Institut français de la mode | Institut français de la mode | Paris | FR | institut français de la mode |
bellecour | Bellecour École | Bellecour École | Lyon | FR | bellecour école |
femis | La Fémis | École nationale supérieure des métiers de l'image et du son | Paris | FR | la fémis; fémis |
louis-lumiere | ENS Louis-Lumière | École nationale supérieure Louis-Lumière | Saint-Denis | FR | ens louis-lumière; école louis-lumière |
ensa-paris-belleville | ENSA Paris-Belleville | École nationale supérieure d'architecture de Paris-Belleville | Paris | FR | ensa paris-belleville; ensapb |
ensa-paris-malaquais | ENSA Paris-Malaquais | École nationale supérieure d'architecture de Paris-Malaquais | Paris | FR | ensa paris-malaquais |
ensa-paris-la-villette | ENSA Paris-La Villette | École nationale supérieure d'architecture de Paris-La Villette | Paris | FR | ensa paris-la villette; ensapl |
ensa-paris-val-de-seine | ENSA Paris-Val de Seine | École nationale supérieure d'architecture de Paris-Val de Seine | Paris | FR | ensa paris-val de seine; ensapvs |
ensa-lyon | ENSA Lyon | École nationale supérieure d'architecture de Lyon | Vaulx-en-Velin | FR | ensa lyon; ensal |
ensa-nantes | ENSA Nantes | École nationale supérieure d'architecture de Nantes | Nantes | FR | ensa nantes |
ensa-versailles | ENSA Versailles | École nationale supérieure d'architecture de Versailles | Versailles | FR | ensa versailles |
ensap-bordeaux | ensapBx | École nationale supérieure d'architecture et de paysage de Bordeaux | Talence | FR | ensap bordeaux; ensapbx |
esa-paris | École spéciale d'architecture | École spéciale d'architecture | Paris | FR | école spéciale d'architecture; esa paris |
ecal | ECAL | École cantonale d'art de Lausanne | Renens | CH | ecal |
central-saint-martins | Central Saint Martins | Central Saint Martins, University of the Arts London | London | GB | central saint martins; saint martins |
royal-college-of-art | Royal College of Art | Royal College of Art | London | GB | royal college of art | RCA
parsons | Parsons School of Design | Parsons School of Design | New York | US | parsons school of design; parsons paris |
risd | Rhode Island School of Design | Rhode Island School of Design | Providence | US | risd |
design-academy-eindhoven | Design Academy Eindhoven | Design Academy Eindhoven | Eindhoven | NL | design academy eindhoven |

## other
saint-cyr | Saint-Cyr Coëtquidan | Académie militaire de Saint-Cyr Coëtquidan | Guer | FR | saint-cyr; école spéciale militaire de saint-cyr; esm saint-cyr; saint-cyr coëtquidan |
enva | EnvA | École nationale vétérinaire d'Alfort | Maisons-Alfort | FR | enva; école vétérinaire d'alfort |
envt | ENVT | École nationale vétérinaire de Toulouse | Toulouse | FR | envt; école vétérinaire de toulouse |
ecole-des-chartes | École nationale des chartes | École nationale des chartes | Paris | FR | école des chartes |
celsa | CELSA | École des hautes études en sciences de l'information et de la communication | Neuilly-sur-Seine | FR | celsa; celsa sorbonne |
efap | EFAP | École française des attachés de presse | Paris | FR | efap |
iscom | ISCOM | Institut supérieur de communication et publicité | Paris | FR | iscom |
esj-lille | ESJ Lille | École supérieure de journalisme de Lille | Lille | FR | esj lille; école supérieure de journalisme de lille |
cfj | CFJ | Centre de formation des journalistes | Paris | FR | cfj; centre de formation des journalistes |
supinfo | SUPINFO | École supérieure d'informatique | Paris | FR | supinfo |
hetic | HETIC | Hautes études des technologies de l'information et de la communication | Montreuil | FR | hetic |
esgi | ESGI | École supérieure de génie informatique | Paris | FR | esgi |
ynov | Ynov Campus | Ynov Campus | | FR | ynov; ynov campus |
iim | IIM Digital School | Institut de l'Internet et du multimédia | Courbevoie | FR | iim; iim digital school |
le-wagon | Le Wagon | Le Wagon | Paris | FR | le wagon; lewagon |
ironhack | Ironhack | Ironhack | | | ironhack |
wild-code-school | Wild Code School | Wild Code School | | FR | wild code school; wcs |
simplon | Simplon.co | Simplon.co | Montreuil | FR | simplon; simplon.co |
openclassrooms | OpenClassrooms | OpenClassrooms | Paris | FR | openclassrooms; open classrooms |
datascientest | DataScientest | DataScientest | Paris | FR | datascientest |
"""

SKILL_CATEGORIES = {
    "programming_language",
    "framework",
    "library",
    "database",
    "cloud",
    "devops",
    "data",
    "ai_ml",
    "mobile",
    "frontend",
    "backend",
    "embedded",
    "security",
    "testing",
    "tool",
    "methodology",
    "design",
    "product",
    "marketing",
    "sales",
    "community",
    "hr",
    "finance",
    "support",
    "management",
    "soft",
}
SCHOOL_KINDS = {"engineering", "business", "university", "political_science", "art_design", "other"}


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def dehyphen(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\s-\s|-", " ", text)).strip()


def saint_to_st(text: str) -> str:
    return re.sub(r"\bsaint([- ])", r"st\1", text)


def variants(form: str, *, schools: bool) -> list[str]:
    """The lowercase form and its accent-free / hyphen-free (/ "st") spellings."""
    form = re.sub(r"\s+", " ", form.strip().lower())
    out = [form]
    transforms = [strip_accents, dehyphen] + ([saint_to_st] if schools else [])
    for transform in transforms:
        out += [transform(f) for f in out]
    seen: list[str] = []
    for f in out:
        if f and f not in seen:
            seen.append(f)
    return seen


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


def expand_aliases(labels: list[str], aliases: list[str], *, schools: bool) -> list[str]:
    label_forms = {label.strip().lower() for label in labels}
    result: list[str] = []
    for alias in aliases:
        for v in variants(alias, schools=schools):
            if v not in result:
                result.append(v)
    for label in labels:
        for v in variants(label, schools=schools):
            if v not in label_forms and v not in result:
                result.append(v)
    return result


def rows(table: str, width: int):
    header = None
    for number, line in enumerate(table.splitlines(), 1):
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            header = line[3:].strip()
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != width:
            raise SystemExit(
                f"table line {number}: expected {width} cells, got {len(cells)}: {line!r}"
            )
        yield header, cells


TAG_WORD = r"[a-z0-9.+#]+"
TAG_LIKE = re.compile(rf"^{TAG_WORD}(?: {TAG_WORD}){{1,3}}$")


def tag_forms(sid: str, labels: list[str], aliases: list[str], cased: list[str]) -> list[str]:
    """Hyphen-joined spellings used as tags and topics ("machine-learning", "ruby-on-rails"):
    the id when it has a hyphen, and short ASCII multi-word labels and aliases joined."""
    ambiguous = {c.lower() for c in cased}
    out = [sid] if "-" in sid and sid not in ambiguous else []
    for form in [*(label.lower() for label in labels), *aliases]:
        if TAG_LIKE.match(form):
            out.append(form.replace(" ", "-"))
    return out


def build_skills() -> list[dict]:
    out = []
    for category, (sid, en, fr, parent, aliases, cased) in rows(SKILLS, 6):
        assert category in SKILL_CATEGORIES, category
        fr = fr or en
        expanded = expand_aliases([en, fr], split(aliases), schools=False)
        label_forms = {en.lower(), fr.lower()}
        for tag in tag_forms(sid, [en, fr], expanded, split(cased)):
            if tag not in expanded and tag not in label_forms:
                expanded.append(tag)
        out.append(
            {
                "id": sid,
                "label_en": en,
                "label_fr": fr,
                "kind": "soft" if category == "soft" else "hard",
                "category": category,
                "parent": parent or None,
                "aliases": expanded,
                "aliases_cased": split(cased),
            }
        )
    return sorted(out, key=lambda s: s["id"])


def build_schools() -> list[dict]:
    out = []
    for kind, (sid, name, full, city, country, aliases, cased) in rows(SCHOOLS, 7):
        assert kind in SCHOOL_KINDS, kind
        full = full or name
        out.append(
            {
                "id": sid,
                "name": name,
                "full_name": full,
                "kind": kind,
                "city": city,
                "country": country,
                "aliases": expand_aliases([name, full], split(aliases), schools=True),
                "aliases_cased": split(cased),
            }
        )
    return sorted(out, key=lambda s: s["id"])


def write_jsonl(path: Path, entries: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def main() -> None:
    skills = build_skills()
    schools = build_schools()
    write_jsonl(DATA / "skills.jsonl", skills)
    write_jsonl(DATA / "schools.jsonl", schools)
    print(f"wrote {len(skills)} skills and {len(schools)} schools to {DATA}")


if __name__ == "__main__":
    main()
