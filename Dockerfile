# syntax=docker/dockerfile:1

# One image for every process of the platform. The default command runs the GraphQL API; the same
# image runs the worker and the one-shot operational commands by overriding the command:
#
#   docker run IMAGE                                              # api    (PORT, default 3000)
#   docker run IMAGE node dist/apps/worker/src/main.js            # worker (WORKER_HEALTH_PORT, 3001)
#   docker run IMAGE node dist/tools/db/setup.js                  # roles + database (DATABASE_ADMIN_URL)
#   docker run IMAGE node dist/tools/db/migrate.js                # migrations, as the owner role
#   docker run IMAGE node dist/tools/cli/main.js seed-demo        # demo data (idempotent)
#   docker run IMAGE node dist/tools/cli/main.js create-operator --email E --password P --name N

ARG NODE_IMAGE=node:20-bookworm-slim

# --- deps: every dependency, including the build tools (SWC) -------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: compile apps/, libs/ and tools/ into dist/ ------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# --- prod-deps: production dependencies only ----------------------------------------------------
# argon2 ships prebuilt binaries for linux-x64 and linux-arm64 (glibc) in its package, so no
# compiler is needed here; if npm skips its install script, node-gyp-build still loads the prebuild.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only for the process: the app never writes to its own code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/src/main.js"]
